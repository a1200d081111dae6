package org.crmkit.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.crmkit.loyalty.AccountRef;
import org.crmkit.loyalty.LedgerWrite;
import org.crmkit.loyalty.LotStatus;
import org.crmkit.loyalty.PointsAccount;
import org.crmkit.loyalty.PointsHold;
import org.crmkit.loyalty.PointsLot;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.ProgrammeId;
import org.crmkit.shared.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * A page of settlement over SQL: the due accounts' rows in one index range, their open lots and
 * holds in one query per tenant and programme (the page's customers as a VALUES list joined to the
 * table, so every database seeks the account's index range per customer), and the page's writes
 * as one JDBC batch of version-checked balance updates, then multi-row upserts of lots and holds
 * and multi-row inserts of entries for the accounts whose update held (on PostgreSQL one statement
 * each, the rows as {@link ArrayRows}).
 */
final class LedgerSettlements {

    /** Rows per multi-row statement: at most 15 parameters each, well under every database's limit. */
    private static final int ROWS_PER_STATEMENT = 1000;
    /**
     * The same writes with their rows as {@link ArrayRows} (PostgreSQL, not Citus): one statement each, its text and
     * plan the same for any page, where a multi-row statement of up to 1,000 rows had up to 15,000 parameters and a
     * text, planned anew, for each row count.
     */
    private static final String LOTS_AS_ARRAYS = ArrayRows.insert("crm_points_lot", LedgerSql.LOT_TABLE_COLUMNS,
            "text, text, text, text, text, bigint, bigint, timestamptz, timestamptz, timestamptz, text")
            + Dialect.onConflictUpdate(LedgerSql.LOT_KEY, "remaining", "status");
    private static final String HOLDS_AS_ARRAYS = ArrayRows.insert("crm_points_hold", LedgerSql.HOLD_COLUMNS,
            "text, text, text, text, bigint, text, timestamptz, timestamptz, text, text") + Dialect.onConflictUpdate("tenant_id, hold_id", "status");
    private static final String ENTRIES_AS_ARRAYS = ArrayRows.insert("crm_points_entry", LedgerSql.ENTRY_COLUMNS,
            "text, text, text, bigint, text, text, bigint, smallint, timestamptz, text, text, text, text, text, bigint");
    /** Customers per VALUES list. */
    private static final int CUSTOMERS_PER_QUERY = 500;
    /**
     * The accounts of a shard due by a time, soonest first, at most a number: bind the time, the
     * shard count, the shard and the limit. {@code dueAccounts} and {@code dueAccountRows} select alike.
     */
    private static final String DUE = "next_due_at <= ? AND MOD(shard_hash, ?) = ? ORDER BY next_due_at LIMIT ?";
    private static final String ROW_COLUMNS = "SELECT tenant_id, customer_id, programme_id, " + LedgerSql.ACCOUNT_COLUMNS;
    /** The order in which operations lock several accounts: by key. */
    private static final Comparator<AccountRef> LOCK_ORDER = Comparator.<AccountRef, String>comparing(r -> r.tenantId().value())
            .thenComparing(r -> r.customerId().value()).thenComparing(r -> r.programmeId().value());

    private final JdbcTransactions transactions;
    private final Dialect dialect;
    private final List<String> openLotStatuses;
    /** The lots' table, aliased {@code l}, as the dialect's reads of lots by status name it ({@link LedgerLots#byStatus}). */
    private final String lotsByStatus;

    LedgerSettlements(JdbcTransactions transactions, Dialect dialect) {
        this.transactions = transactions;
        this.dialect = dialect;
        this.openLotStatuses = dialect.oneOf("l.status", LotStatus.AVAILABLE, LotStatus.PENDING);
        this.lotsByStatus = LedgerLots.byStatus(dialect, "l");
    }

    /** The statement selecting the due accounts of the tenant, or of every tenant if null, with its parameters. */
    static String due(String columns, @Nullable TenantId tenantId) {
        return columns + " FROM crm_points_account" + TenantFilter.where(tenantId, DUE);
    }

    /** The parameters of {@link #due}. */
    static Object[] dueParameters(@Nullable TenantId tenantId, Instant now, int shard, int shards, int limit) {
        return TenantFilter.parameters(tenantId, now, shards, shard, limit);
    }

    List<PointsAccount> dueRows(@Nullable TenantId tenantId, Instant now, int shard, int shards, int limit) {
        return transactions.withConnection(c -> {
            List<PointsAccount> due = new ArrayList<>();
            try (PreparedStatement s = Sql.prepare(c, due(ROW_COLUMNS, tenantId), dueParameters(tenantId, now, shard, shards, limit));
                    ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    AccountRef ref = AccountRef.of(TenantId.of(rs.getString(1)), CustomerId.of(rs.getString(2)), ProgrammeId.of(rs.getString(3)));
                    due.add(LedgerRows.account(rs, ref));
                }
            }
            return due;
        });
    }

    Map<AccountRef, List<PointsLot>> openLots(Collection<AccountRef> refs) {
        Map<AccountRef, List<PointsLot>> lots = empty(refs);
        transactions.withConnection(c -> {
            for (String status : openLotStatuses) {
                each(c, refs, lotsByStatus, OF_ACCOUNT + status,
                        (ref, rs) -> lots.get(ref).add(LedgerRows.lot(rs, ref)));
            }
            return null;
        });
        lots.values().forEach(open -> open.sort(PointsLot.SPEND_ORDER));
        return lots;
    }

    Map<AccountRef, List<PointsHold>> openHolds(Collection<AccountRef> refs) {
        Map<AccountRef, List<PointsHold>> holds = empty(refs);
        transactions.withConnection(c -> {
            each(c, refs, "crm_points_hold h", "h.tenant_id = ? AND h.customer_id = " + ID + " AND h.programme_id = ? AND h.status = 'OPEN'",
                    (ref, rs) -> holds.get(ref).add(LedgerRows.hold(rs)));
            return null;
        });
        holds.values().forEach(open -> open.sort(Comparator.comparing(PointsHold::holdId)));
        return holds;
    }

    /** Stores the writes whose account is still at the version read; returns the others, in the order given. */
    List<LedgerWrite> writeUnlessChanged(List<LedgerWrite> writes) {
        writes.forEach(LedgerWrite::checkSettlement);
        if (writes.isEmpty()) {
            return List.of();
        }
        List<LedgerWrite> ordered = new ArrayList<>(writes);
        ordered.sort(Comparator.comparing(w -> w.accounts().get(0).ref(), LOCK_ORDER));
        return transactions.withConnection(c -> {
            List<Object[]> updates = new ArrayList<>(ordered.size());
            ordered.forEach(w -> updates.add(LedgerRows.accountUpdate(w.accounts().get(0)).toArray()));
            int[] counts = Sql.batch(c, LedgerSql.UPDATE_ACCOUNT, updates);
            Set<LedgerWrite> lost = Collections.newSetFromMap(new IdentityHashMap<>());
            List<LedgerWrite> won = new ArrayList<>(ordered.size());
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] == 0) {
                    lost.add(ordered.get(i));
                } else if (counts[i] == 1) {
                    won.add(ordered.get(i));
                } else {
                    throw new IllegalStateException("the driver did not say whether account " + ordered.get(i).accounts().get(0).ref()
                            + " was updated (" + counts[i] + ")");
                }
            }
            writeAll(c, won, LedgerWrite::lots, LedgerRows::lot, LOTS_AS_ARRAYS, n -> dialect.upsert("crm_points_lot",
                    LedgerSql.LOT_TABLE_COLUMNS, LedgerSql.LOT_KEY, n, "remaining", "status"));
            writeAll(c, won, LedgerWrite::holds, LedgerRows::hold, HOLDS_AS_ARRAYS, n -> dialect.upsert("crm_points_hold",
                    LedgerSql.HOLD_COLUMNS, "tenant_id, hold_id", n, "status"));
            writeAll(c, won, LedgerWrite::entries, LedgerRows::entry, ENTRIES_AS_ARRAYS, n -> Sql.insert("crm_points_entry",
                    LedgerSql.ENTRY_COLUMNS, n));
            return writes.stream().filter(lost::contains).toList();
        });
    }

    /**
     * Writes every item of the writes: where rows go as {@link ArrayRows}, with the one statement {@code asArrays}; else
     * with multi-row statements of up to {@value #ROWS_PER_STATEMENT} rows, {@code multiRow} making one for a row count.
     */
    private <T> void writeAll(Connection c, List<LedgerWrite> writes, Function<LedgerWrite, List<T>> items, Function<T, List<Object>> row,
            String asArrays, IntFunction<String> multiRow) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        writes.forEach(w -> items.apply(w).forEach(item -> rows.add(row.apply(item).toArray())));
        if (rows.isEmpty()) {
            return;
        }
        if (transactions.sendsArrays()) {
            Sql.update(c, asArrays, ArrayRows.params(rows));
            return;
        }
        for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
            List<Object[]> part = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT));
            Sql.update(c, multiRow.apply(part.size()), part.stream().flatMap(Arrays::stream).toArray());
        }
    }

    /** Reads a row of a query about a page's accounts. */
    @FunctionalInterface
    private interface RowReader {
        void read(AccountRef ref, ResultSet rs) throws SQLException;
    }

    /** Where a condition of {@link #each} names the account's customer. */
    private static final String ID = "{customer}";

    /** The condition of {@link #each} on the lots of the accounts, before their status. */
    static final String OF_ACCOUNT = "l.tenant_id = ? AND l.customer_id = " + ID + " AND l.programme_id = ?";

    /**
     * Reads the rows of {@code table} (its name and alias, {@code "crm_points_lot l"}, then what the
     * dialect adds to say the index to read through, if anything) that meet
     * {@code condition} (on the alias, with {@link #ID} where the customer goes, then the tenant and
     * the programme as parameters) for each page's account, once per tenant, programme and up to {@value
     * #CUSTOMERS_PER_QUERY} customers, handing each row to {@code reader} with its account. On
     * PostgreSQL customer by customer from an array ({@link IdList#eachId}): joined to a list of
     * the customers, a plan made for any tenant took a large tenant's every lot for each page
     * (200,000 of them for a page of 500 accounts beside 5,000 small tenants); on H2 joined to a
     * {@code VALUES} list of them.
     */
    private void each(Connection c, Collection<AccountRef> refs, String table, String condition, RowReader reader) throws SQLException {
        Map<List<String>, List<AccountRef>> groups = new LinkedHashMap<>();
        refs.forEach(ref -> groups.computeIfAbsent(List.of(ref.tenantId().value(), ref.programmeId().value()), k -> new ArrayList<>()).add(ref));
        for (List<AccountRef> group : groups.values()) {
            TenantId tenantId = group.get(0).tenantId();
            ProgrammeId programmeId = group.get(0).programmeId();
            for (int from = 0; from < group.size(); from += CUSTOMERS_PER_QUERY) {
                List<AccountRef> part = group.subList(from, Math.min(group.size(), from + CUSTOMERS_PER_QUERY));
                List<String> customers = part.stream().map(ref -> ref.customerId().value()).toList();
                List<Object> params = new ArrayList<>(part.size() + 2);
                if (dialect.readsIdById()) {
                    params.add(IdList.sortedArray(customers));
                } else {
                    params.addAll(customers);
                }
                String sql = pageSql(dialect.readsIdById(), table, condition, part.size());
                params.add(tenantId.value());
                params.add(programmeId.value());
                try (PreparedStatement s = Sql.prepare(c, sql, params.toArray()); ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        reader.read(AccountRef.of(tenantId, CustomerId.of(rs.getString("account_customer")), programmeId), rs);
                    }
                }
            }
        }
    }

    /**
     * The statement of {@link #each} for {@code customers} accounts: their ids as one array
     * parameter if {@code idById}, else one parameter each; then the tenant and the programme.
     */
    static String pageSql(boolean idById, String table, String condition, int customers) {
        String alias = table.split(" ")[1];
        if (idById) {
            return IdList.eachId("ids.id AS account_customer, x.*", "SELECT " + alias + ".* FROM " + table + " WHERE "
                    + condition.replace(ID, "ids.id"), "");
        }
        return "SELECT v.customer_id AS account_customer, " + alias + ".* FROM (VALUES " + String.join(", ", Collections.nCopies(customers,
                "(?)")) + ") AS v (customer_id) JOIN " + table + " ON " + condition.replace(ID, "v.customer_id");
    }

    private static <T> Map<AccountRef, List<T>> empty(Collection<AccountRef> refs) {
        Map<AccountRef, List<T>> map = new LinkedHashMap<>();
        refs.forEach(ref -> map.put(ref, new ArrayList<>()));
        return map;
    }
}
