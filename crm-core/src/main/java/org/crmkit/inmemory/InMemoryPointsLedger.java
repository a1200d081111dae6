package org.crmkit.inmemory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crmkit.loyalty.AccountRef;
import org.crmkit.loyalty.LedgerEntry;
import org.crmkit.loyalty.PointsAccount;
import org.crmkit.loyalty.PointsHold;
import org.crmkit.loyalty.PointsLedger;
import org.crmkit.loyalty.PointsLot;
import org.crmkit.loyalty.StoredReceipt;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.DuplicateKeyException;
import org.crmkit.shared.Page;
import org.crmkit.shared.PageRequest;
import org.crmkit.shared.PersonalData;
import org.crmkit.shared.StaleVersionException;
import org.crmkit.shared.TenantId;
import org.crmkit.spi.CursorCodec;
import org.jspecify.annotations.Nullable;

/** The points ledger in maps; the storage-wide lock of {@link InMemoryTransactions} is the account lock. */
final class InMemoryPointsLedger implements PointsLedger {

    private final InMemoryTransactions transactions;
    private final Map<AccountRef, PointsAccount> accounts = new HashMap<>();
    private final LotsAndHolds book = new LotsAndHolds();
    private final Map<AccountRef, List<LedgerEntry>> entries = new HashMap<>();
    /** Receipts by tenant and operation key (a map per tenant: no key object to make for each look-up). */
    private final Map<TenantId, Map<String, StoredReceipt>> receipts = new HashMap<>();
    /** Counters by tenant and name. */
    private final Map<TenantId, Map<String, Long>> counters = new HashMap<>();

    InMemoryPointsLedger(InMemoryTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public PointsAccount lockOrOpen(AccountRef ref) {
        return transactions.inTransaction(() -> {
            PointsAccount account = accounts.get(ref);
            if (account == null) {
                account = PointsAccount.open(ref);
                accounts.put(ref, account);
                transactions.onRollback(() -> accounts.remove(ref));
            }
            return account;
        });
    }

    @Override
    public Optional<PointsAccount> lock(AccountRef ref) {
        return find(ref);
    }

    @Override
    public Optional<PointsAccount> find(AccountRef ref) {
        return transactions.inTransaction(() -> Optional.ofNullable(accounts.get(ref)));
    }

    @Override
    public void update(PointsAccount account) {
        transactions.run(() -> {
            PointsAccount stored = accounts.get(account.ref());
            if (stored == null || stored.version() != account.version() - 1) {
                throw new StaleVersionException("points account", account.ref().toString(), account.version() - 1);
            }
            accounts.put(account.ref(), account);
            transactions.onRollback(() -> accounts.put(stored.ref(), stored));
        });
    }

    @Override
    public List<PointsLot> openLots(AccountRef ref) {
        return transactions.inTransaction(() -> book.openLots(ref));
    }

    @Override
    public Optional<Instant> nextLotDue(AccountRef ref, Collection<String> except) {
        return transactions.inTransaction(() -> book.nextLotDue(ref, except));
    }

    @Override
    public List<PointsLot> spendableLots(AccountRef ref, int limit) {
        return transactions.inTransaction(() -> book.spendableLots(ref, limit));
    }

    @Override
    public List<PointsLot> lotsOfOrder(AccountRef ref, String orderReference) {
        return transactions.inTransaction(() -> book.lotsOfOrder(ref, orderReference));
    }

    @Override
    public Optional<PointsLot> lot(AccountRef ref, String lotId) {
        return transactions.inTransaction(() -> book.lot(ref, lotId));
    }

    @Override
    public void saveLot(PointsLot lot) {
        transactions.run(() -> transactions.onRollback(book.save(lot)));
    }

    @Override
    public Optional<PointsHold> hold(TenantId tenantId, String holdId) {
        return transactions.inTransaction(() -> book.hold(tenantId, holdId));
    }

    @Override
    public List<PointsHold> openHolds(AccountRef ref) {
        return transactions.inTransaction(() -> book.openHolds(ref));
    }

    @Override
    public void saveHold(PointsHold hold) {
        transactions.run(() -> transactions.onRollback(book.save(hold)));
    }

    @Override
    public void append(LedgerEntry entry) {
        transactions.run(() -> {
            List<LedgerEntry> list = entries.computeIfAbsent(entry.account(), r -> new ArrayList<>());
            list.add(entry);
            transactions.onRollback(() -> list.remove(list.size() - 1));
        });
    }

    @Override
    public Page<LedgerEntry> statement(AccountRef ref, PageRequest request) {
        return transactions.inTransaction(() -> {
            long before = request.cursorValue().map(CursorCodec::decodeLong).orElse(Long.MAX_VALUE);
            List<LedgerEntry> all = entries.getOrDefault(ref, List.of());
            List<LedgerEntry> items = new ArrayList<>();
            boolean more = false;
            for (int i = all.size() - 1; i >= 0; i--) {
                LedgerEntry entry = all.get(i);
                if (entry.sequence() >= before) {
                    continue;
                }
                if (items.size() == request.limit()) {
                    more = true;
                    break;
                }
                items.add(entry);
            }
            return Page.of(items, more ? CursorCodec.encode(Long.toString(items.get(items.size() - 1).sequence())) : null);
        });
    }

    @Override
    public long purchasePoints(AccountRef ref, Instant from, Instant until) {
        return transactions.inTransaction(() -> book.purchasePoints(ref, from, until));
    }

    @Override
    public Optional<StoredReceipt> receipt(TenantId tenantId, String operationKey) {
        return transactions.inTransaction(
                () -> Optional.ofNullable(receipts.getOrDefault(tenantId, Collections.emptyMap()).get(operationKey)));
    }

    @Override
    public void saveReceipt(TenantId tenantId, StoredReceipt receipt) {
        transactions.run(() -> {
            String key = receipt.receipt().operationKey();
            Map<String, StoredReceipt> tenantReceipts = receipts.computeIfAbsent(tenantId, t -> new HashMap<>());
            if (tenantReceipts.containsKey(key)) {
                throw new DuplicateKeyException("points operation", "idempotency key");
            }
            tenantReceipts.put(key, receipt);
            transactions.onRollback(() -> tenantReceipts.remove(key));
        });
    }

    @Override
    public long lockCounter(TenantId tenantId, String name) {
        return transactions.inTransaction(() -> counters.getOrDefault(tenantId, Collections.emptyMap()).getOrDefault(name, 0L));
    }

    @Override
    public boolean claim(TenantId tenantId, String name) {
        return transactions.inTransaction(() -> {
            if (counters.getOrDefault(tenantId, Collections.emptyMap()).getOrDefault(name, 0L) != 0) {
                return false;
            }
            setCounter(tenantId, name, 1);
            return true;
        });
    }

    @Override
    public void setCounter(TenantId tenantId, String name, long value) {
        transactions.run(() -> {
            Map<String, Long> tenantCounters = counters.computeIfAbsent(tenantId, t -> new HashMap<>());
            Long before = tenantCounters.put(name, value);
            transactions.onRollback(() -> {
                if (before == null) {
                    tenantCounters.remove(name);
                } else {
                    tenantCounters.put(name, before);
                }
            });
        });
    }

    @Override
    public List<AccountRef> dueAccounts(@Nullable TenantId tenantId, Instant now, int shard, int shards, int limit) {
        return transactions.inTransaction(() -> accounts.values().stream()
                .filter(a -> InMemoryTenants.matches(tenantId, a.ref().tenantId()))
                .filter(a -> a.isDueBy(now) && PointsLedger.shardHash(a.ref()) % shards == shard)
                .sorted(Comparator.comparing(PointsAccount::nextDueAt))
                .limit(limit)
                .map(PointsAccount::ref)
                .toList());
    }

    @Override
    public List<AccountRef> accountsOf(TenantId tenantId, CustomerId customerId) {
        return transactions.inTransaction(() -> accounts.keySet().stream()
                .filter(ref -> ref.tenantId().equals(tenantId) && ref.customerId().equals(customerId))
                .sorted(Comparator.comparing(ref -> ref.programmeId().value()))
                .toList());
    }

    @Override
    public void anonymiseEntries(TenantId tenantId, CustomerId customerId) {
        transactions.run(() -> {
            for (AccountRef ref : accountsOf(tenantId, customerId)) {
                List<LedgerEntry> list = entries.get(ref);
                if (list == null) {
                    continue;
                }
                List<LedgerEntry> before = List.copyOf(list);
                list.replaceAll(e -> new LedgerEntry(e.account(), e.entryId(), e.sequence(), e.type(), e.points(), e.direction(), e.at(),
                        e.operationKey(), PersonalData.ERASED, e.reference(), e.actor(), e.lots(), e.availableAfter()));
                transactions.onRollback(() -> {
                    list.clear();
                    list.addAll(before);
                });
            }
        });
    }
}
