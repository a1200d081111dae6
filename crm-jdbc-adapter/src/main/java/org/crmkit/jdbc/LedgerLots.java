package org.crmkit.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.crmkit.loyalty.AccountRef;
import org.crmkit.loyalty.LotStatus;
import org.crmkit.loyalty.PointsLot;

/**
 * The ledger's lots: reading them in the order they are spent, finding when the next one falls due,
 * and saving the one row a lot is. Every read names one account and is an index range, so its cost
 * does not grow with the account's closed lots.
 */
final class LedgerLots {

    /**
     * The index every read of an account's lots by status goes through. H2 is told so ({@link
     * Dialect#readThrough}): left to itself it read an account's available lots through the primary
     * key, stepping over each of the account's closed lots, once the narrower index it had preferred
     * (crm_points_lot_by_status, the first four of these columns) was dropped as redundant (V026).
     */
    private static final String SPEND_INDEX = "crm_points_lot_spend";
    private static final String SPENDABLE = spendable("crm_points_lot");
    /** The lots that expire, soonest first, and those that never do, oldest first: each range before its LIMIT. */
    private static final String EXPIRING = " AND expires_at IS NOT NULL ORDER BY expires_at, earned_at, lot_id";
    private static final String LASTING = " AND expires_at IS NULL ORDER BY earned_at, lot_id";
    /** Both ranges as two queries, sent in one round trip where the driver sends queries together: see {@link #readSpendable}. */
    static final String SPENDABLE_TOGETHER = SPENDABLE + EXPIRING + " LIMIT ?; " + SPENDABLE + LASTING + " LIMIT ?";
    /** The most limits whose texts are kept; a caller of the port with other limits gets its text built each time. */
    private static final int KEPT_UNIONS = 16;

    private final JdbcTransactions transactions;
    /** The reads of the open lots by status, the lots' table as reads by status name it, and the lot upsert: made once, for the dialect. */
    private final List<String> openReads;
    private final String byStatus;
    private final String upsert;
    private final boolean sendsTogether;
    /**
     * Both ranges of spendable lots as one statement, for a driver that sends one statement a round
     * trip (H2), by the number of lots each range reads: {@link #spendableUnion}.
     */
    private final Map<Integer, String> spendableUnions = new ConcurrentHashMap<>();

    LedgerLots(JdbcTransactions transactions, Dialect dialect) {
        this.transactions = transactions;
        this.sendsTogether = dialect.sendsStatementsTogether();
        this.byStatus = byStatus(dialect, "");
        this.openReads = dialect.oneOf("status", LotStatus.AVAILABLE, LotStatus.PENDING).stream()
                .map(status -> LedgerSql.selectLots(byStatus) + status).toList();
        this.upsert = dialect.upsert("crm_points_lot", LedgerSql.LOT_TABLE_COLUMNS, LedgerSql.LOT_KEY, 1, "remaining", "status");
    }

    /** The statements {@link #open} reads an account's open lots with, a status each; their parameters are the account's key. */
    List<String> openReads() {
        return openReads;
    }

    /** The account's lots with points left to spend, from {@code lotsTable} (see {@link LedgerSql#selectLots}), before their order. */
    private static String spendable(String lotsTable) {
        return LedgerSql.selectLots(lotsTable) + " AND status = 'AVAILABLE' AND remaining > 0";
    }

    /**
     * The lots' table as a read of lots by status names it, with {@code alias} unless that is empty:
     * through {@link #SPEND_INDEX}.
     */
    static String byStatus(Dialect dialect, String alias) {
        return "crm_points_lot" + (alias.isEmpty() ? "" : " " + alias) + dialect.readThrough(SPEND_INDEX);
    }

    /** The account's available and pending lots, in spending order (the few open lots are sorted here). */
    List<PointsLot> open(AccountRef ref) {
        return transactions.withConnection(c -> {
            List<PointsLot> open = new ArrayList<>();
            for (String sql : openReads) {
                open.addAll(read(c, ref, sql));
            }
            open.sort(PointsLot.SPEND_ORDER);
            return open;
        });
    }

    /** The first {@code limit} lots to spend from: soonest-expiring first, those that never expire last. */
    List<PointsLot> spendable(AccountRef ref, int limit) {
        // in two index ranges, so that lots which never expire come last on every database alike;
        // both are asked for at once: in one round trip where the driver sends two queries together,
        // else in one statement (a second one cost a twelfth of a redemption on H2)
        return transactions.withConnection(c -> {
            if (!sendsTogether) {
                List<PointsLot> lots = new ArrayList<>();
                try (PreparedStatement s = Sql.prepare(c, spendableUnion(limit), unionParams(ref)); ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        lots.add(LedgerRows.lot(rs, ref));
                    }
                }
                lots.sort(PointsLot.SPEND_ORDER); // a union's rows come in no promised order
                return lots.size() > limit ? List.copyOf(lots.subList(0, limit)) : lots;
            }
            try (PreparedStatement s = Sql.prepare(c, SPENDABLE_TOGETHER, spendableParams(ref, limit).toArray())) {
                s.execute();
                return readSpendable(s, ref, limit);
            }
        });
    }

    /**
     * Both ranges of at most {@code limit} lots each as one statement (H2), whose parameters are the
     * account's key for each range ({@link #unionParams}). H2 keeps a bare {@code UNION} out of its
     * session's cache of prepared statements and so parsed and planned it for every spend (three
     * quarters of the read's time); wrapped in a derived table it is a {@code SELECT}, which H2
     * caches, reading each range through the same index. The limit is written into the text rather
     * than bound: H2 2.5 answered an execution of the derived table whose bound {@code LIMIT} alone
     * had changed with the previous execution's rows. The limits are few ({@link
     * org.crmkit.loyalty.PointsLedger#spendableLots}'s callers read 8, then 32, 128, ... lots), and
     * so are the texts.
     */
    String spendableUnion(int limit) {
        String kept = spendableUnions.get(limit);
        if (kept != null) {
            return kept;
        }
        String spendable = spendable(byStatus);
        String union = "SELECT * FROM ((" + spendable + EXPIRING + " LIMIT " + limit + ") UNION ALL (" + spendable + LASTING + " LIMIT "
                + limit + ")) AS spendable";
        if (spendableUnions.size() < KEPT_UNIONS) {
            spendableUnions.put(limit, union);
        }
        return union;
    }

    /** The parameters of {@link #spendableUnion}: the account's key, for each range. */
    private static Object[] unionParams(AccountRef ref) {
        return forBothRanges(LedgerRows.key(ref)).toArray();
    }

    /** The parameters of {@link #SPENDABLE_TOGETHER}. */
    static List<Object> spendableParams(AccountRef ref, int limit) {
        List<Object> onePart = new ArrayList<>(LedgerRows.key(ref));
        onePart.add(limit);
        return forBothRanges(onePart);
    }

    /** The parameters of one range, then the same again for the other. */
    private static List<Object> forBothRanges(List<Object> onePart) {
        List<Object> params = new ArrayList<>(onePart);
        params.addAll(onePart);
        return params;
    }

    /**
     * The first {@code limit} lots of the two results of {@link #SPENDABLE_TOGETHER} at {@code
     * statement}'s current result, in spending order; leaves the statement at the result after them.
     */
    static List<PointsLot> readSpendable(PreparedStatement statement, AccountRef ref, int limit) throws SQLException {
        List<PointsLot> lots = new ArrayList<>();
        for (int part = 0; part < 2; part++) {
            try (ResultSet rs = statement.getResultSet()) {
                while (lots.size() < limit && rs.next()) {
                    lots.add(LedgerRows.lot(rs, ref));
                }
            }
            statement.getMoreResults();
        }
        return lots;
    }

    /** When the next lot other than {@code except} expires or becomes available, if one will. */
    Optional<Instant> nextDue(AccountRef ref, Collection<String> except) {
        return transactions.withConnection(c -> {
            String others = except.isEmpty() ? "" : " AND lot_id NOT IN (" + Sql.placeholders(except.size()) + ")";
            List<Object> params = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                params.addAll(LedgerRows.key(ref));
                params.addAll(except);
            }
            try (PreparedStatement s = Sql.prepare(c, nextDueSql(byStatus, LedgerSql.WHERE_ACCOUNT + others), params.toArray());
                    ResultSet rs = s.executeQuery()) {
                return readNextDue(rs);
            }
        });
    }

    /**
     * The soonest instant one of the open lots of the account {@code whereLots} names (a {@code
     * WHERE} clause) matures or expires, read with {@link #readNextDue}: its parameters are the
     * clause's, three times. {@code lotsTable} is the lots' table as the dialect's reads by status
     * name it ({@link #byStatus}).
     */
    static String nextDueSql(String lotsTable, String whereLots) {
        String lots = " FROM " + lotsTable + whereLots;
        // one equality per status, so every database bounds each index range
        return "SELECT (SELECT MIN(expires_at)" + lots + " AND status = 'AVAILABLE'),"
                + " (SELECT MIN(expires_at)" + lots + " AND status = 'PENDING'),"
                + " (SELECT MIN(available_at)" + lots + " AND status = 'PENDING')";
    }

    /** The soonest of the three instants {@link #nextDueSql} reads, if any. */
    static Optional<Instant> readNextDue(ResultSet rs) throws SQLException {
        Instant due = null;
        rs.next();
        for (int column = 1; column <= 3; column++) {
            OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
            if (at != null && (due == null || at.toInstant().isBefore(due))) {
                due = at.toInstant();
            }
        }
        return Optional.ofNullable(due);
    }

    /** The lots earned by one order, oldest first. */
    List<PointsLot> ofOrder(AccountRef ref, String orderReference) {
        return transactions.withConnection(c -> read(c, ref, LedgerSql.SELECT_LOTS + " AND order_reference = ? ORDER BY earned_at, lot_id",
                orderReference));
    }

    /** One lot of the account. */
    Optional<PointsLot> find(AccountRef ref, String lotId) {
        return transactions.withConnection(c -> read(c, ref, LedgerSql.SELECT_LOTS + " AND lot_id = ?", lotId).stream().findFirst());
    }

    /** Inserts the lot or, if it exists, writes its remaining points and status: nothing else of a lot ever changes. */
    void save(PointsLot lot) {
        transactions.withConnection(c -> Sql.update(c, upsert, LedgerRows.lot(lot).toArray()));
    }

    /** The points of the account's lots earned by purchases in {@code [from, until)}. */
    long purchasePoints(AccountRef ref, Instant from, Instant until) {
        return transactions.withConnection(c -> {
            try (PreparedStatement s = Sql.prepare(c, "SELECT COALESCE(SUM(original), 0) FROM crm_points_lot" + LedgerSql.WHERE_ACCOUNT
                            + " AND order_reference IS NOT NULL AND earned_at >= ? AND earned_at < ?",
                    ref.tenantId().value(), ref.customerId().value(), ref.programmeId().value(), from, until);
                    ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    private static List<PointsLot> read(Connection c, AccountRef ref, String sql, Object... extra) throws SQLException {
        List<Object> params = new ArrayList<>(LedgerRows.key(ref));
        params.addAll(Arrays.asList(extra));
        List<PointsLot> lots = new ArrayList<>();
        try (PreparedStatement s = Sql.prepare(c, sql, params.toArray()); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                lots.add(LedgerRows.lot(rs, ref));
            }
        }
        return lots;
    }
}
