package org.crmkit.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.crmkit.loyalty.AccountRef;
import org.crmkit.loyalty.EntryType;
import org.crmkit.loyalty.HoldStatus;
import org.crmkit.loyalty.LedgerEntry;
import org.crmkit.loyalty.LedgerWrite;
import org.crmkit.loyalty.LotMovement;
import org.crmkit.loyalty.LotStatus;
import org.crmkit.loyalty.PointsAccount;
import org.crmkit.loyalty.PointsHold;
import org.crmkit.loyalty.PointsLedger;
import org.crmkit.loyalty.PointsLot;
import org.crmkit.loyalty.PointsReceipt;
import org.crmkit.loyalty.StoredReceipt;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.DuplicateKeyException;
import org.crmkit.shared.Page;
import org.crmkit.shared.PageRequest;
import org.crmkit.shared.PersonalData;
import org.crmkit.shared.ProgrammeId;
import org.crmkit.shared.StaleVersionException;
import org.crmkit.shared.TenantId;
import org.crmkit.spi.CursorCodec;

/**
 * The points ledger over SQL. Accounts are locked with {@code SELECT ... FOR UPDATE}: a pessimistic
 * row lock, because spending from one account is a hot spot where optimistic retries would mostly
 * fail under load. Balances are the materialised crm_points_account row.
 */
final class JdbcPointsLedger implements PointsLedger {

    private static final String ACCOUNT_COLUMNS = "available, pending, held, debt, earned, adjusted_in, transferred_in, redeemed,"
            + " expired, reversed, adjusted_out, transferred_out, next_due_at, version";
    private static final String WHERE_ACCOUNT = " WHERE tenant_id = ? AND customer_id = ? AND programme_id = ?";
    private static final String LOT_COLUMNS = "lot_id, order_reference, original, remaining, earned_at, available_at, expires_at, status";

    private final JdbcTransactions transactions;
    private final Dialect dialect;

    JdbcPointsLedger(JdbcTransactions transactions, Dialect dialect) {
        this.transactions = transactions;
        this.dialect = dialect;
    }

    @Override
    public PointsAccount lockOrOpen(AccountRef ref) {
        return transactions.withConnection(c -> {
            Optional<PointsAccount> existing = selectAccount(c, ref, true);
            if (existing.isPresent()) {
                return existing.get();
            }
            insertIfAbsent(c, ref);
            return selectAccount(c, ref, true).orElseThrow();
        });
    }

    @Override
    public Optional<PointsAccount> lock(AccountRef ref) {
        return transactions.withConnection(c -> selectAccount(c, ref, true));
    }

    @Override
    public Optional<PointsAccount> find(AccountRef ref) {
        return transactions.withConnection(c -> selectAccount(c, ref, false));
    }

    @Override
    public void update(PointsAccount a) {
        transactions.withConnection(c -> {
            int updated = Sql.update(c, "UPDATE crm_points_account SET available = ?, pending = ?, held = ?, debt = ?, earned = ?,"
                            + " adjusted_in = ?, transferred_in = ?, redeemed = ?, expired = ?, reversed = ?, adjusted_out = ?,"
                            + " transferred_out = ?, next_due_at = ?, version = ?" + WHERE_ACCOUNT + " AND version = ?",
                    a.available(), a.pending(), a.held(), a.debt(), a.earned(), a.adjustedIn(), a.transferredIn(), a.redeemed(),
                    a.expired(), a.reversed(), a.adjustedOut(), a.transferredOut(), Sql.timestamp(a.nextDueAt()), a.version(),
                    a.ref().tenantId().value(), a.ref().customerId().value(), a.ref().programmeId().value(), a.version() - 1);
            if (updated != 1) {
                throw new StaleVersionException("points account", a.ref().toString(), a.version() - 1);
            }
            return null;
        });
    }

    @Override
    public List<PointsLot> openLots(AccountRef ref) {
        // H2 does not bound an index range by an IN list, so it gets one equality per status;
        // the few open lots are sorted here
        return transactions.withConnection(c -> {
            List<PointsLot> open;
            if (dialect == Dialect.POSTGRESQL) {
                open = new ArrayList<>(lots(c, ref, "SELECT " + LOT_COLUMNS + " FROM crm_points_lot" + WHERE_ACCOUNT
                        + " AND status IN ('AVAILABLE', 'PENDING')"));
            } else {
                open = new ArrayList<>(lots(c, ref, "SELECT " + LOT_COLUMNS + " FROM crm_points_lot" + WHERE_ACCOUNT
                        + " AND status = 'AVAILABLE'"));
                open.addAll(lots(c, ref, "SELECT " + LOT_COLUMNS + " FROM crm_points_lot" + WHERE_ACCOUNT + " AND status = 'PENDING'"));
            }
            open.sort(PointsLot.SPEND_ORDER);
            return open;
        });
    }

    @Override
    public Optional<Instant> nextLotDue(AccountRef ref, Collection<String> except) {
        return transactions.withConnection(c -> {
            String others = except.isEmpty() ? "" : " AND lot_id NOT IN (" + Sql.placeholders(except.size()) + ")";
            String lots = " FROM crm_points_lot" + WHERE_ACCOUNT + others;
            // one equality per status, so H2 bounds each index range too
            String sql = "SELECT (SELECT MIN(expires_at)" + lots + " AND status = 'AVAILABLE'),"
                    + " (SELECT MIN(expires_at)" + lots + " AND status = 'PENDING'),"
                    + " (SELECT MIN(available_at)" + lots + " AND status = 'PENDING')";
            List<Object> params = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                params.add(ref.tenantId().value());
                params.add(ref.customerId().value());
                params.add(ref.programmeId().value());
                params.addAll(except);
            }
            Instant due = null;
            try (PreparedStatement s = Sql.prepare(c, sql, params.toArray()); ResultSet rs = s.executeQuery()) {
                rs.next();
                for (int column = 1; column <= 3; column++) {
                    java.time.OffsetDateTime at = rs.getObject(column, java.time.OffsetDateTime.class);
                    if (at != null && (due == null || at.toInstant().isBefore(due))) {
                        due = at.toInstant();
                    }
                }
            }
            return Optional.ofNullable(due);
        });
    }

    @Override
    public List<PointsLot> spendableLots(AccountRef ref, int limit) {
        // in two index ranges, so that lots which never expire come last on every database alike
        return transactions.withConnection(c -> {
            String spendable = "SELECT " + LOT_COLUMNS + " FROM crm_points_lot" + WHERE_ACCOUNT + " AND status = 'AVAILABLE' AND remaining > 0";
            List<PointsLot> lots = new ArrayList<>(lots(c, ref, spendable + " AND expires_at IS NOT NULL"
                    + " ORDER BY expires_at, earned_at, lot_id LIMIT " + limit));
            if (lots.size() < limit) {
                lots.addAll(lots(c, ref, spendable + " AND expires_at IS NULL ORDER BY earned_at, lot_id LIMIT " + (limit - lots.size())));
            }
            return lots;
        });
    }

    @Override
    public List<PointsLot> lotsOfOrder(AccountRef ref, String orderReference) {
        return transactions.withConnection(c -> lots(c, ref, "SELECT " + LOT_COLUMNS + " FROM crm_points_lot" + WHERE_ACCOUNT
                + " AND order_reference = ? ORDER BY earned_at, lot_id", orderReference));
    }

    @Override
    public Optional<PointsLot> lot(AccountRef ref, String lotId) {
        return transactions.withConnection(c -> lots(c, ref, "SELECT " + LOT_COLUMNS + " FROM crm_points_lot" + WHERE_ACCOUNT
                + " AND lot_id = ?", lotId).stream().findFirst());
    }

    @Override
    public void saveLot(PointsLot lot) {
        AccountRef ref = lot.account();
        // one statement either way: only remaining and status of a lot ever change
        String upsert = dialect == Dialect.POSTGRESQL
                ? "INSERT INTO crm_points_lot (tenant_id, customer_id, programme_id, " + LOT_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                        + " ON CONFLICT (tenant_id, customer_id, programme_id, lot_id)"
                        + " DO UPDATE SET remaining = EXCLUDED.remaining, status = EXCLUDED.status"
                : "MERGE INTO crm_points_lot (tenant_id, customer_id, programme_id, " + LOT_COLUMNS + ")"
                        + " KEY (tenant_id, customer_id, programme_id, lot_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        transactions.withConnection(c -> Sql.update(c, upsert,
                ref.tenantId().value(), ref.customerId().value(), ref.programmeId().value(), lot.lotId(),
                Sql.text(lot.orderReference()), lot.original(), lot.remaining(), lot.earnedAt(), lot.availableAt(),
                Sql.timestamp(lot.expiresAt()), lot.status()));
    }

    @Override
    public Optional<PointsHold> hold(TenantId tenantId, String holdId) {
        return transactions.withConnection(c -> holds(c, "SELECT * FROM crm_points_hold WHERE tenant_id = ? AND hold_id = ?",
                tenantId.value(), holdId).stream().findFirst());
    }

    @Override
    public List<PointsHold> openHolds(AccountRef ref) {
        return transactions.withConnection(c -> holds(c, "SELECT * FROM crm_points_hold" + WHERE_ACCOUNT
                        + " AND status = 'OPEN' ORDER BY hold_id",
                ref.tenantId().value(), ref.customerId().value(), ref.programmeId().value()));
    }

    @Override
    public void saveHold(PointsHold hold) {
        AccountRef ref = hold.account();
        transactions.withConnection(c -> {
            int updated = Sql.update(c, "UPDATE crm_points_hold SET status = ? WHERE tenant_id = ? AND hold_id = ?",
                    hold.status(), ref.tenantId().value(), hold.holdId());
            if (updated == 0) {
                Sql.update(c, "INSERT INTO crm_points_hold (tenant_id, hold_id, customer_id, programme_id, points, order_reference,"
                                + " created_at, expires_at, status, lots) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        ref.tenantId().value(), hold.holdId(), ref.customerId().value(), ref.programmeId().value(), hold.points(),
                        Sql.text(hold.orderReference()), hold.createdAt(), hold.expiresAt(), hold.status(), LotCodec.encode(hold.lots()));
            }
            return null;
        });
    }

    /**
     * On PostgreSQL, everything in one statement (one round trip) with data-modifying common table
     * expressions; elsewhere, or for very large writes, one statement per item.
     */
    @Override
    public void write(LedgerWrite write) {
        if (dialect != Dialect.POSTGRESQL || write.lots().size() + write.holds().size() + write.entries().size() > 1000) {
            PointsLedger.super.write(write);
            return;
        }
        List<Object> params = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        if (!write.lots().isEmpty()) {
            parts.add("l AS (INSERT INTO crm_points_lot (tenant_id, customer_id, programme_id, " + LOT_COLUMNS + ") VALUES "
                    + rows(write.lots().size(), 11) + " ON CONFLICT (tenant_id, customer_id, programme_id, lot_id)"
                    + " DO UPDATE SET remaining = EXCLUDED.remaining, status = EXCLUDED.status RETURNING 1)");
            write.lots().forEach(lot -> params.addAll(lotValues(lot)));
        }
        if (!write.holds().isEmpty()) {
            parts.add("h AS (INSERT INTO crm_points_hold (tenant_id, hold_id, customer_id, programme_id, points, order_reference,"
                    + " created_at, expires_at, status, lots) VALUES " + rows(write.holds().size(), 10)
                    + " ON CONFLICT (tenant_id, hold_id) DO UPDATE SET status = EXCLUDED.status RETURNING 1)");
            write.holds().forEach(hold -> params.addAll(holdValues(hold)));
        }
        if (!write.entries().isEmpty()) {
            parts.add("e AS (INSERT INTO crm_points_entry (tenant_id, customer_id, programme_id, sequence, entry_id, entry_type,"
                    + " points, direction, at, operation_key, reason, reference, actor, lots, available_after) VALUES "
                    + rows(write.entries().size(), 15) + " RETURNING 1)");
            write.entries().forEach(entry -> params.addAll(entryValues(entry)));
        }
        if (write.receipt() != null) {
            parts.add("r AS (INSERT INTO crm_points_receipt (tenant_id, operation_key, fingerprint, receipt) VALUES (?, ?, ?, ?) RETURNING 1)");
            params.addAll(List.of(write.tenantId().value(), write.receipt().receipt().operationKey(), write.receipt().fingerprint(),
                    Json.write(write.receipt().receipt())));
        }
        List<String> counts = new ArrayList<>();
        for (int i = 0; i < write.accounts().size(); i++) {
            PointsAccount a = write.accounts().get(i);
            parts.add("a" + i + " AS (UPDATE crm_points_account SET available = ?, pending = ?, held = ?, debt = ?, earned = ?,"
                    + " adjusted_in = ?, transferred_in = ?, redeemed = ?, expired = ?, reversed = ?, adjusted_out = ?,"
                    + " transferred_out = ?, next_due_at = ?, version = ?" + WHERE_ACCOUNT + " AND version = ? RETURNING 1)");
            params.addAll(List.of(a.available(), a.pending(), a.held(), a.debt(), a.earned(), a.adjustedIn(), a.transferredIn(),
                    a.redeemed(), a.expired(), a.reversed(), a.adjustedOut(), a.transferredOut(), Sql.timestamp(a.nextDueAt()),
                    a.version(), a.ref().tenantId().value(), a.ref().customerId().value(), a.ref().programmeId().value(),
                    a.version() - 1));
            counts.add("(SELECT COUNT(*) FROM a" + i + ")");
        }
        if (counts.isEmpty()) {
            counts.add("0");
        }
        String sql = "WITH " + String.join(", ", parts) + " SELECT " + String.join(", ", counts);
        transactions.withConnection(c -> {
            try (PreparedStatement s = Sql.prepare(c, sql, params.toArray()); ResultSet rs = s.executeQuery()) {
                rs.next();
                for (int i = 0; i < write.accounts().size(); i++) {
                    if (rs.getLong(i + 1) != 1) {
                        PointsAccount a = write.accounts().get(i);
                        throw new StaleVersionException("points account", a.ref().toString(), a.version() - 1);
                    }
                }
            } catch (SQLException e) {
                if (Dialect.isUniqueViolation(e) && String.valueOf(e.getMessage()).contains("crm_points_receipt_pk")) {
                    throw new DuplicateKeyException("points operation", "idempotency key");
                }
                throw e;
            }
            return null;
        });
    }

    private static String rows(int count, int columns) {
        String row = "(" + Sql.placeholders(columns) + ")";
        return String.join(", ", java.util.Collections.nCopies(count, row));
    }

    private static List<Object> lotValues(PointsLot lot) {
        AccountRef ref = lot.account();
        return java.util.Arrays.asList(ref.tenantId().value(), ref.customerId().value(), ref.programmeId().value(), lot.lotId(),
                Sql.text(lot.orderReference()), lot.original(), lot.remaining(), lot.earnedAt(), lot.availableAt(),
                Sql.timestamp(lot.expiresAt()), lot.status());
    }

    private static List<Object> holdValues(PointsHold hold) {
        AccountRef ref = hold.account();
        return java.util.Arrays.asList(ref.tenantId().value(), hold.holdId(), ref.customerId().value(), ref.programmeId().value(),
                hold.points(), Sql.text(hold.orderReference()), hold.createdAt(), hold.expiresAt(), hold.status(),
                LotCodec.encode(hold.lots()));
    }

    private static List<Object> entryValues(LedgerEntry e) {
        AccountRef ref = e.account();
        return java.util.Arrays.asList(ref.tenantId().value(), ref.customerId().value(), ref.programmeId().value(), e.sequence(),
                e.entryId(), e.type(), e.points(), e.direction(), e.at(), e.operationKey(), e.reason(), Sql.text(e.reference()),
                e.actor(), LotCodec.encode(e.lots()), e.availableAfter());
    }

    @Override
    public void append(LedgerEntry e) {
        AccountRef ref = e.account();
        transactions.withConnection(c -> Sql.update(c, "INSERT INTO crm_points_entry (tenant_id, customer_id, programme_id, sequence,"
                        + " entry_id, entry_type, points, direction, at, operation_key, reason, reference, actor, lots, available_after)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                ref.tenantId().value(), ref.customerId().value(), ref.programmeId().value(), e.sequence(), e.entryId(), e.type(),
                e.points(), e.direction(), e.at(), e.operationKey(), e.reason(), Sql.text(e.reference()), e.actor(),
                LotCodec.encode(e.lots()), e.availableAfter()));
    }

    @Override
    public Page<LedgerEntry> statement(AccountRef ref, PageRequest request) {
        long before = request.cursorValue().map(CursorCodec::decodeLong).orElse(Long.MAX_VALUE);
        return transactions.withConnection(c -> {
            List<LedgerEntry> items = new ArrayList<>();
            try (PreparedStatement s = Sql.prepare(c, "SELECT * FROM crm_points_entry" + WHERE_ACCOUNT
                            + " AND sequence < ? ORDER BY sequence DESC LIMIT ?",
                    ref.tenantId().value(), ref.customerId().value(), ref.programmeId().value(), before, request.limit() + 1);
                    ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    items.add(new LedgerEntry(ref, rs.getString("entry_id"), rs.getLong("sequence"),
                            EntryType.valueOf(rs.getString("entry_type")), rs.getLong("points"), rs.getInt("direction"),
                            Sql.instant(rs, "at"), rs.getString("operation_key"), rs.getString("reason"), rs.getString("reference"),
                            rs.getString("actor"), LotCodec.decode(rs.getString("lots")), rs.getLong("available_after")));
                }
            }
            boolean more = items.size() > request.limit();
            List<LedgerEntry> page = more ? items.subList(0, request.limit()) : items;
            return Page.of(page, more ? CursorCodec.encode(Long.toString(page.get(page.size() - 1).sequence())) : null);
        });
    }

    @Override
    public long purchasePoints(AccountRef ref, Instant from, Instant until) {
        return transactions.withConnection(c -> {
            try (PreparedStatement s = Sql.prepare(c, "SELECT COALESCE(SUM(original), 0) FROM crm_points_lot" + WHERE_ACCOUNT
                            + " AND order_reference IS NOT NULL AND earned_at >= ? AND earned_at < ?",
                    ref.tenantId().value(), ref.customerId().value(), ref.programmeId().value(), from, until);
                    ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    @Override
    public Optional<StoredReceipt> receipt(TenantId tenantId, String operationKey) {
        return transactions.withConnection(c -> {
            try (PreparedStatement s = Sql.prepare(c, "SELECT fingerprint, receipt FROM crm_points_receipt"
                    + " WHERE tenant_id = ? AND operation_key = ?", tenantId.value(), operationKey);
                    ResultSet rs = s.executeQuery()) {
                return rs.next()
                        ? Optional.of(new StoredReceipt(rs.getString(1), Json.read(rs.getString(2), PointsReceipt.class)))
                        : Optional.<StoredReceipt>empty();
            }
        });
    }

    @Override
    public void saveReceipt(TenantId tenantId, StoredReceipt receipt) {
        transactions.withConnection(c -> {
            try {
                return Sql.update(c, "INSERT INTO crm_points_receipt (tenant_id, operation_key, fingerprint, receipt) VALUES (?, ?, ?, ?)",
                        tenantId.value(), receipt.receipt().operationKey(), receipt.fingerprint(), Json.write(receipt.receipt()));
            } catch (SQLException e) {
                if (Dialect.isUniqueViolation(e)) {
                    throw new DuplicateKeyException("points operation", "idempotency key");
                }
                throw e;
            }
        });
    }

    @Override
    public long lockCounter(TenantId tenantId, String name) {
        return transactions.withConnection(c -> {
            Optional<Long> value = counter(c, tenantId, name);
            if (value.isPresent()) {
                return value.get();
            }
            dialect.insertIfAbsent(c, "INSERT INTO crm_counter (tenant_id, name, counter_value) VALUES (?, ?, 0)", tenantId.value(), name);
            return counter(c, tenantId, name).orElseThrow();
        });
    }

    @Override
    public boolean claim(TenantId tenantId, String name) {
        return transactions.withConnection(c -> dialect.insertIfAbsent(c,
                "INSERT INTO crm_counter (tenant_id, name, counter_value) VALUES (?, ?, 1)", tenantId.value(), name));
    }

    @Override
    public void setCounter(TenantId tenantId, String name, long value) {
        transactions.withConnection(c -> Sql.update(c, "UPDATE crm_counter SET counter_value = ? WHERE tenant_id = ? AND name = ?",
                value, tenantId.value(), name));
    }

    @Override
    public List<AccountRef> dueAccounts(Instant now, int shard, int shards, int limit) {
        return transactions.withConnection(c -> {
            List<AccountRef> due = new ArrayList<>();
            try (PreparedStatement s = Sql.prepare(c, "SELECT tenant_id, customer_id, programme_id FROM crm_points_account"
                            + " WHERE next_due_at <= ? AND MOD(shard_hash, ?) = ? ORDER BY next_due_at LIMIT ?",
                    now, shards, shard, limit);
                    ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    due.add(AccountRef.of(TenantId.of(rs.getString(1)), CustomerId.of(rs.getString(2)), ProgrammeId.of(rs.getString(3))));
                }
            }
            return due;
        });
    }

    private Optional<PointsAccount> selectAccount(Connection c, AccountRef ref, boolean forUpdate) throws SQLException {
        try (PreparedStatement s = Sql.prepare(c, "SELECT " + ACCOUNT_COLUMNS + " FROM crm_points_account" + WHERE_ACCOUNT
                        + (forUpdate ? " FOR UPDATE" : ""),
                ref.tenantId().value(), ref.customerId().value(), ref.programmeId().value());
                ResultSet rs = s.executeQuery()) {
            if (!rs.next()) {
                return Optional.empty();
            }
            return Optional.of(new PointsAccount(ref, rs.getLong("available"), rs.getLong("pending"), rs.getLong("held"),
                    rs.getLong("debt"), rs.getLong("earned"), rs.getLong("adjusted_in"), rs.getLong("transferred_in"),
                    rs.getLong("redeemed"), rs.getLong("expired"), rs.getLong("reversed"), rs.getLong("adjusted_out"),
                    rs.getLong("transferred_out"), Sql.instant(rs, "next_due_at"), rs.getLong("version")));
        }
    }

    private void insertIfAbsent(Connection c, AccountRef ref) throws SQLException {
        dialect.insertIfAbsent(c, "INSERT INTO crm_points_account (tenant_id, customer_id, programme_id, " + ACCOUNT_COLUMNS
                        + ", shard_hash) VALUES (?, ?, ?, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, ?, 0, ?)",
                ref.tenantId().value(), ref.customerId().value(), ref.programmeId().value(), Sql.NULL_TIMESTAMP,
                PointsLedger.shardHash(ref));
    }

    private static Optional<Long> counter(Connection c, TenantId tenantId, String name) throws SQLException {
        try (PreparedStatement s = Sql.prepare(c, "SELECT counter_value FROM crm_counter WHERE tenant_id = ? AND name = ? FOR UPDATE",
                tenantId.value(), name);
                ResultSet rs = s.executeQuery()) {
            return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
        }
    }

    private static List<PointsLot> lots(Connection c, AccountRef ref, String sql, Object... extra) throws SQLException {
        Object[] params = new Object[3 + extra.length];
        params[0] = ref.tenantId().value();
        params[1] = ref.customerId().value();
        params[2] = ref.programmeId().value();
        System.arraycopy(extra, 0, params, 3, extra.length);
        List<PointsLot> lots = new ArrayList<>();
        try (PreparedStatement s = Sql.prepare(c, sql, params); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                lots.add(new PointsLot(ref, rs.getString("lot_id"), rs.getString("order_reference"), rs.getLong("original"),
                        rs.getLong("remaining"), Sql.instant(rs, "earned_at"), Sql.instant(rs, "available_at"),
                        Sql.instant(rs, "expires_at"), LotStatus.valueOf(rs.getString("status"))));
            }
        }
        return lots;
    }

    private static List<PointsHold> holds(Connection c, String sql, Object... params) throws SQLException {
        List<PointsHold> holds = new ArrayList<>();
        try (PreparedStatement s = Sql.prepare(c, sql, params); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                AccountRef ref = AccountRef.of(TenantId.of(rs.getString("tenant_id")), CustomerId.of(rs.getString("customer_id")),
                        ProgrammeId.of(rs.getString("programme_id")));
                holds.add(new PointsHold(ref, rs.getString("hold_id"), rs.getLong("points"), rs.getString("order_reference"),
                        Sql.instant(rs, "created_at"), Sql.instant(rs, "expires_at"), HoldStatus.valueOf(rs.getString("status")),
                        LotCodec.decode(rs.getString("lots"))));
            }
        }
        return holds;
    }


    /** Lot movements as {@code lotId:points,lotId:points}. */
    static final class LotCodec {
        private LotCodec() {}

        static String encode(List<LotMovement> movements) {
            StringBuilder out = new StringBuilder();
            for (LotMovement m : movements) {
                if (out.length() > 0) {
                    out.append(',');
                }
                out.append(m.lotId()).append(':').append(m.points());
            }
            return out.toString();
        }

        static List<LotMovement> decode(String text) {
            List<LotMovement> movements = new ArrayList<>();
            if (text == null || text.isEmpty()) {
                return movements;
            }
            for (String part : text.split(",")) {
                int colon = part.lastIndexOf(':');
                movements.add(new LotMovement(part.substring(0, colon), Long.parseLong(part.substring(colon + 1))));
            }
            return movements;
        }
    }

    @Override
    public List<AccountRef> accountsOf(TenantId tenantId, CustomerId customerId) {
        return transactions.withConnection(c -> {
            List<AccountRef> found = new ArrayList<>();
            try (PreparedStatement s = Sql.prepare(c, "SELECT programme_id FROM crm_points_account WHERE tenant_id = ? AND customer_id = ?"
                            + " ORDER BY programme_id", tenantId.value(), customerId.value());
                    ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    found.add(new AccountRef(tenantId, customerId, ProgrammeId.of(rs.getString(1))));
                }
            }
            return found;
        });
    }

    /**
     * The one UPDATE of crm_points_entry: only the reason, for erasure (PostgreSQL's append-only
     * trigger lets exactly this through; see V008__privacy.sql).
     */
    @Override
    public void anonymiseEntries(TenantId tenantId, CustomerId customerId) {
        transactions.withConnection(c -> Sql.update(c, "UPDATE crm_points_entry SET reason = ? WHERE tenant_id = ? AND customer_id = ?"
                + " AND reason <> ?", PersonalData.ERASED, tenantId.value(), customerId.value(), PersonalData.ERASED));
    }
}
