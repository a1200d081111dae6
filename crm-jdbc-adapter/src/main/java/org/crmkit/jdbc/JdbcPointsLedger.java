package org.crmkit.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crmkit.loyalty.AccountRef;
import org.crmkit.loyalty.LedgerEntry;
import org.crmkit.loyalty.LedgerWrite;
import org.crmkit.loyalty.LockedAccounts;
import org.crmkit.loyalty.LockedHold;
import org.crmkit.loyalty.PointsAccount;
import org.crmkit.loyalty.PointsHold;
import org.crmkit.loyalty.PointsLedger;
import org.crmkit.loyalty.PointsLot;
import org.crmkit.loyalty.PointsReceipt;
import org.crmkit.loyalty.StoredReceipt;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.Page;
import org.crmkit.shared.PageRequest;
import org.crmkit.shared.ProgrammeId;
import org.crmkit.shared.StaleVersionException;
import org.crmkit.shared.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * The points ledger over SQL. Accounts are locked with {@code SELECT ... FOR UPDATE}: a pessimistic
 * row lock, because spending from one account is a hot spot where optimistic retries would mostly
 * fail under load. Balances are the materialised crm_points_account row. Lots, entries, holds,
 * counters and the single-statement write each have their own class; this one keeps the accounts.
 */
final class JdbcPointsLedger implements PointsLedger {

    private static final String SELECT_ACCOUNT = "SELECT " + LedgerSql.ACCOUNT_COLUMNS + " FROM crm_points_account" + LedgerSql.WHERE_ACCOUNT;
    /** The account and the receipt of one key, which it has no row for without the account. */
    private static final String SELECT_ACCOUNT_WITH_RECEIPT = "SELECT " + LedgerSql.ACCOUNT_COLUMNS
            + ", (SELECT fingerprint FROM crm_points_receipt WHERE tenant_id = ? AND operation_key = ?) AS receipt_fingerprint"
            + ", (SELECT receipt FROM crm_points_receipt WHERE tenant_id = ? AND operation_key = ?) AS receipt_json"
            + " FROM crm_points_account" + LedgerSql.WHERE_ACCOUNT;

    private final JdbcTransactions transactions;
    private final Dialect dialect;
    private final LedgerLots lots;
    private final LedgerEntries entries;
    private final LedgerHolds holds;
    private final LedgerCounters counters;
    private final LedgerOneStatementWrite oneStatement;
    private final LedgerSettlements settlements;
    /** What {@link #lockForHold} sends together, where the dialect sends statements together. */
    private final String lockForHold;
    private final Dialect.LockingRead lockAccount;
    private final boolean citus;
    /** Where the dialect sends statements together: the locks of one account (most operations) and of two (transfers), then the receipt's SELECT. */
    private final List<String> lockWithReceipt;

    JdbcPointsLedger(JdbcTransactions transactions, Dialect dialect, LedgerCounters counters, boolean citus) {
        this.transactions = transactions;
        this.dialect = dialect;
        this.lots = new LedgerLots(transactions, dialect);
        this.entries = new LedgerEntries(transactions);
        this.holds = new LedgerHolds(transactions);
        this.counters = counters;
        this.oneStatement = new LedgerOneStatementWrite(transactions, dialect, citus);
        this.citus = citus;
        this.settlements = new LedgerSettlements(transactions, dialect);
        this.lockForHold = lockForHoldSql(dialect);
        this.lockAccount = dialect.lockingRead(SELECT_ACCOUNT, "UPDATE crm_points_account SET version = version" + LedgerSql.WHERE_ACCOUNT);
        this.lockWithReceipt = List.of(lockWithReceiptSql(1), lockWithReceiptSql(2));
    }

    @Override
    public PointsAccount lockOrOpen(AccountRef ref) {
        return transactions.withConnection(c -> {
            Optional<PointsAccount> existing = selectAccount(c, ref, true);
            if (existing.isPresent()) {
                return existing.get();
            }
            dialect.insertIfAbsent(c, "INSERT INTO crm_points_account (tenant_id, customer_id, programme_id, " + LedgerSql.ACCOUNT_COLUMNS
                            + ", shard_hash) VALUES (?, ?, ?, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, ?, 0, ?)",
                    ref.tenantId().value(), ref.customerId().value(), ref.programmeId().value(), Sql.NULL_TIMESTAMP,
                    PointsLedger.shardHash(ref));
            return selectAccount(c, ref, true).orElseThrow();
        });
    }

    @Override
    public Optional<PointsAccount> lock(AccountRef ref) {
        return transactions.withConnection(c -> selectAccount(c, ref, true));
    }

    /**
     * On PostgreSQL in one round trip: the lock statements, then the receipt's SELECT, which runs
     * after the last lock is granted with a snapshot of its own, so it sees a receipt that a
     * concurrent replay committed while this one waited for the lock.
     */
    @Override
    public LockedAccounts lockWithReceipt(TenantId tenantId, List<AccountRef> refs, String operationKey) {
        if (refs.size() == 1 && lockAccount.touch() != null) {
            return lockOneWithReceipt(tenantId, refs.get(0), operationKey);
        }
        if (!locksTogether(refs)) {
            return PointsLedger.super.lockWithReceipt(tenantId, refs, operationKey);
        }
        return lockTogether(tenantId, refs, operationKey, null, 0, List.of());
    }

    /**
     * On PostgreSQL in one round trip: the locks, the receipt's read, the claim's insert, the
     * spendable lots' reads and the counters' locks (each only if the accounts exist, see {@link
     * LedgerCounters#lockAfter}), in that order, each after the last lock is granted.
     */
    @Override
    public LockedAccounts lockForOperation(TenantId tenantId, List<AccountRef> refs, String operationKey, @Nullable String claim,
            int spendableLots, List<String> counters) {
        if (!locksTogether(refs)) {
            return PointsLedger.super.lockForOperation(tenantId, refs, operationKey, claim, spendableLots, counters);
        }
        return lockTogether(tenantId, refs, operationKey, claim, spendableLots, counters);
    }

    /** Whether the locks and what is read with them can go as one round trip: where a lock is one query. */
    private boolean locksTogether(List<AccountRef> refs) {
        return dialect.sendsStatementsTogether() && lockAccount.touch() == null && !refs.isEmpty();
    }

    private LockedAccounts lockTogether(TenantId tenantId, List<AccountRef> refs, String operationKey, @Nullable String claim,
            int spendableLots, List<String> counterNames) {
        List<Object> params = new ArrayList<>();
        refs.forEach(ref -> params.addAll(LedgerRows.key(ref)));
        params.add(tenantId.value());
        params.add(operationKey);
        StringBuilder sql = new StringBuilder(refs.size() <= lockWithReceipt.size() ? lockWithReceipt.get(refs.size() - 1)
                : lockWithReceiptSql(refs.size()));
        if (claim != null) {
            sql.append("; ").append(LedgerCounters.CLAIM_UNLESS_TAKEN);
            params.add(tenantId.value());
            params.add(claim);
        }
        if (spendableLots > 0) {
            for (AccountRef ref : refs) {
                sql.append("; ").append(LedgerLots.SPENDABLE_TOGETHER);
                params.addAll(LedgerLots.spendableParams(ref, spendableLots));
            }
        }
        String lockCounter = counterNames.isEmpty() ? null : counters.lockAfter(Collections.nCopies(refs.size(), lockAccount.query()));
        List<String> locking = lockCounter == null ? List.of() : counterNames;
        for (String name : locking) {
            sql.append("; ").append(lockCounter);
            params.add(tenantId.value());
            params.add(name);
            refs.forEach(ref -> params.addAll(LedgerRows.key(ref)));
        }
        return transactions.withConnection(c -> {
            List<Optional<PointsAccount>> accounts = new ArrayList<>();
            List<Optional<StoredReceipt>> receipt = new ArrayList<>(1);
            try (PreparedStatement s = Sql.prepare(c, sql.toString(), params.toArray())) {
                Sql.eachResult(s, refs.size() + 1, (part, rs) -> {
                    if (part < refs.size()) {
                        accounts.add(rs.next() ? Optional.of(LedgerRows.account(rs, refs.get(part))) : Optional.empty());
                    } else {
                        receipt.add(LedgerEntries.receipt(rs));
                    }
                });
                // after the last query, the claim's row count: 1 if it claimed, 0 if the one-off was taken
                boolean claimed = false;
                if (claim != null) {
                    claimed = s.getUpdateCount() == 1;
                    s.getMoreResults();
                }
                List<List<PointsLot>> spendable = new ArrayList<>();
                if (spendableLots > 0) {
                    for (AccountRef ref : refs) {
                        spendable.add(LedgerLots.readSpendable(s, ref, spendableLots));
                    }
                }
                Map<String, Long> counterValues = new HashMap<>();
                for (String name : locking) {
                    try (ResultSet rs = s.getResultSet()) {
                        if (rs.next()) {
                            counterValues.put(name, rs.getLong(1));
                        }
                    }
                    s.getMoreResults();
                }
                return new LockedAccounts(accounts, receipt.get(0), claimed, spendable, counterValues);
            }
        });
    }

    /**
     * On PostgreSQL in one round trip: the lock of the account the hold names, the receipt's read,
     * the account's open holds and its lots' next due instant, each read after the lock is granted
     * (each names the account by the hold, {@link #WHERE_HOLDS_ACCOUNT}); elsewhere, and on Citus
     * (where this statement has not been run), the hold's read, then the lock with the receipt.
     */
    @Override
    public LockedHold lockForHold(TenantId tenantId, String holdId, String operationKey) {
        if (citus || !dialect.sendsStatementsTogether() || lockAccount.touch() != null) {
            return PointsLedger.super.lockForHold(tenantId, holdId, operationKey);
        }
        // the lock, the receipt, the open holds and the due instant's three reads, each account named by the hold
        List<Object> byHold = List.of(tenantId.value(), tenantId.value(), holdId);
        List<Object> params = new ArrayList<>(byHold);
        params.add(tenantId.value());
        params.add(operationKey);
        for (int i = 0; i < 4; i++) {
            params.addAll(byHold);
        }
        return transactions.withConnection(c -> {
            try (PreparedStatement s = Sql.prepare(c, lockForHold, params.toArray())) {
                List<Optional<PointsAccount>> locked = new ArrayList<>(1);
                List<Optional<StoredReceipt>> receipt = new ArrayList<>(1);
                List<List<PointsHold>> open = new ArrayList<>(1);
                List<Optional<Instant>> due = new ArrayList<>(1);
                Sql.eachResult(s, 4, (part, rs) -> {
                    switch (part) {
                        case 0 -> locked.add(rs.next() ? Optional.of(LedgerRows.account(rs, new AccountRef(tenantId,
                                CustomerId.of(rs.getString("customer_id")), ProgrammeId.of(rs.getString("programme_id"))))) : Optional.empty());
                        case 1 -> receipt.add(LedgerEntries.receipt(rs));
                        case 2 -> open.add(LedgerHolds.read(rs));
                        default -> due.add(LedgerLots.readNextDue(rs));
                    }
                });
                return locked.get(0).isEmpty() ? new LockedHold(Optional.empty(), receipt.get(0))
                        : new LockedHold(locked.get(0), receipt.get(0), true, open.get(0), due.get(0));
            }
        });
    }

    /**
     * The account of a hold, by the hold: its parameters are the tenant twice and the hold's id.
     */
    private static final String WHERE_HOLDS_ACCOUNT = " WHERE tenant_id = ? AND (customer_id, programme_id) ="
            + " (SELECT customer_id, programme_id FROM crm_points_hold WHERE tenant_id = ? AND hold_id = ?)";

    /** What {@link #lockForHold} sends together. */
    private static String lockForHoldSql(Dialect dialect) {
        return "SELECT customer_id, programme_id, " + LedgerSql.ACCOUNT_COLUMNS + " FROM crm_points_account" + WHERE_HOLDS_ACCOUNT
                + " FOR UPDATE; " + LedgerEntries.SELECT_RECEIPT + "; " + LedgerHolds.selectOpen(WHERE_HOLDS_ACCOUNT) + "; "
                + LedgerLots.nextDueSql(LedgerLots.byStatus(dialect, ""), WHERE_HOLDS_ACCOUNT);
    }

    /**
     * Where locking is a touch and a read (H2): the touch, then the account with the receipt in one
     * query, which runs after the lock is granted and so sees a receipt that a concurrent replay
     * committed while this one waited (a separate receipt read cost a twelfth of an operation). An
     * account not opened yet, or opened by a unit that committed after the touch found nothing to
     * lock, has no locked row to carry the receipt, which is then read on its own; the caller opens
     * or locks the account.
     */
    private LockedAccounts lockOneWithReceipt(TenantId tenantId, AccountRef ref, String operationKey) {
        LockedAccounts locked = transactions.withConnection(c -> {
            Object[] key = LedgerRows.key(ref).toArray();
            if (!lockAccount.lock(c, key)) {
                return null; // nothing locked: an account committed since the touch must not be read as locked
            }
            List<Object> params = new ArrayList<>(List.of(tenantId.value(), operationKey, tenantId.value(), operationKey));
            params.addAll(List.of(key));
            try (PreparedStatement s = Sql.prepare(c, SELECT_ACCOUNT_WITH_RECEIPT, params.toArray()); ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                PointsAccount account = LedgerRows.account(rs, ref);
                String fingerprint = rs.getString("receipt_fingerprint");
                Optional<StoredReceipt> receipt = fingerprint == null ? Optional.empty()
                        : Optional.of(new StoredReceipt(fingerprint, Json.read(rs.getString("receipt_json"), PointsReceipt.class)));
                return new LockedAccounts(List.of(Optional.of(account)), receipt);
            }
        });
        return locked != null ? locked : new LockedAccounts(List.of(Optional.empty()), entries.receipt(tenantId, operationKey));
    }

    @Override
    public Optional<PointsAccount> find(AccountRef ref) {
        return transactions.withConnection(c -> selectAccount(c, ref, false));
    }

    @Override
    public void update(PointsAccount a) {
        transactions.withConnection(c -> {
            if (Sql.update(c, LedgerSql.UPDATE_ACCOUNT, LedgerRows.accountUpdate(a).toArray()) != 1) {
                throw new StaleVersionException("points account", a.ref().toString(), a.version() - 1);
            }
            return null;
        });
    }

    @Override
    public List<PointsLot> openLots(AccountRef ref) {
        return lots.open(ref);
    }

    @Override
    public Optional<Instant> nextLotDue(AccountRef ref, Collection<String> except) {
        return lots.nextDue(ref, except);
    }

    @Override
    public List<PointsLot> spendableLots(AccountRef ref, int limit) {
        return lots.spendable(ref, limit);
    }

    @Override
    public List<PointsLot> lotsOfOrder(AccountRef ref, String orderReference) {
        return lots.ofOrder(ref, orderReference);
    }

    @Override
    public Optional<PointsLot> lot(AccountRef ref, String lotId) {
        return lots.find(ref, lotId);
    }

    @Override
    public void saveLot(PointsLot lot) {
        lots.save(lot);
    }

    @Override
    public long purchasePoints(AccountRef ref, Instant from, Instant until) {
        return lots.purchasePoints(ref, from, until);
    }

    @Override
    public Optional<PointsHold> hold(TenantId tenantId, String holdId) {
        return holds.find(tenantId, holdId);
    }

    @Override
    public List<PointsHold> openHolds(AccountRef ref) {
        return holds.open(ref);
    }

    @Override
    public void saveHold(PointsHold hold) {
        holds.save(hold);
    }

    /** In one statement where the dialect can (one round trip); otherwise one statement per item. */
    @Override
    public void write(LedgerWrite write) {
        if (oneStatement.fits(write)) {
            oneStatement.write(write);
        } else {
            PointsLedger.super.write(write);
        }
    }

    @Override
    public void append(LedgerEntry entry) {
        entries.append(entry);
    }

    @Override
    public Page<LedgerEntry> statement(AccountRef ref, PageRequest request) {
        return entries.statement(ref, request);
    }

    @Override
    public Optional<StoredReceipt> receipt(TenantId tenantId, String operationKey) {
        return entries.receipt(tenantId, operationKey);
    }

    @Override
    public void saveReceipt(TenantId tenantId, StoredReceipt receipt) {
        entries.saveReceipt(tenantId, receipt);
    }

    @Override
    public void anonymiseEntries(TenantId tenantId, CustomerId customerId) {
        entries.anonymise(tenantId, customerId);
    }

    @Override
    public long lockCounter(TenantId tenantId, String name) {
        return counters.lock(tenantId, name);
    }

    @Override
    public boolean claim(TenantId tenantId, String name) {
        return counters.claim(tenantId, name);
    }

    @Override
    public void setCounter(TenantId tenantId, String name, long value) {
        counters.set(tenantId, name, value);
    }

    @Override
    public List<AccountRef> dueAccounts(@Nullable TenantId tenantId, Instant now, int shard, int shards, int limit) {
        return transactions.withConnection(c -> {
            List<AccountRef> due = new ArrayList<>();
            try (PreparedStatement s = Sql.prepare(c, LedgerSettlements.due("SELECT tenant_id, customer_id, programme_id", tenantId),
                    LedgerSettlements.dueParameters(tenantId, now, shard, shards, limit));
                    ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    due.add(AccountRef.of(TenantId.of(rs.getString(1)), CustomerId.of(rs.getString(2)), ProgrammeId.of(rs.getString(3))));
                }
            }
            return due;
        });
    }

    @Override
    public List<PointsAccount> dueAccountRows(@Nullable TenantId tenantId, Instant now, int shard, int shards, int limit) {
        return settlements.dueRows(tenantId, now, shard, shards, limit);
    }

    @Override
    public Map<AccountRef, List<PointsLot>> openLotsOf(Collection<AccountRef> refs) {
        return settlements.openLots(refs);
    }

    @Override
    public Map<AccountRef, List<PointsHold>> openHoldsOf(Collection<AccountRef> refs) {
        return settlements.openHolds(refs);
    }

    @Override
    public List<LedgerWrite> writeUnlessChanged(List<LedgerWrite> writes) {
        return settlements.writeUnlessChanged(writes);
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

    /** The dialect's locking query for each account, then the receipt's SELECT (used only where a lock is one query). */
    private String lockWithReceiptSql(int accounts) {
        return (lockAccount.query() + "; ").repeat(accounts) + LedgerEntries.SELECT_RECEIPT;
    }

    private Optional<PointsAccount> selectAccount(Connection c, AccountRef ref, boolean forUpdate) throws SQLException {
        Object[] key = LedgerRows.key(ref).toArray();
        try (PreparedStatement s = forUpdate ? lockAccount.prepare(c, key) : Sql.prepare(c, SELECT_ACCOUNT, key);
                ResultSet rs = s.executeQuery()) {
            return rs.next() ? Optional.of(LedgerRows.account(rs, ref)) : Optional.empty();
        }
    }
}
