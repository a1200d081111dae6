package org.crmkit.inmemory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crmkit.loyalty.AccountRef;
import org.crmkit.loyalty.HoldStatus;
import org.crmkit.loyalty.LedgerEntry;
import org.crmkit.loyalty.LotStatus;
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

/** The points ledger in maps; the storage-wide lock of {@link InMemoryTransactions} is the account lock. */
final class InMemoryPointsLedger implements PointsLedger {


    private record Key(TenantId tenantId, String name) {}

    private final InMemoryTransactions transactions;
    private final Map<AccountRef, PointsAccount> accounts = new HashMap<>();
    private final Map<AccountRef, Map<String, PointsLot>> lots = new HashMap<>();
    /** The PENDING and AVAILABLE lots per account, so that open lots cost what is open, not the history. */
    private final Map<AccountRef, Map<String, PointsLot>> openLots = new HashMap<>();
    private final Map<Key, PointsHold> holds = new HashMap<>();
    private final Map<AccountRef, Map<String, PointsHold>> openHolds = new HashMap<>();
    private final Map<AccountRef, List<LedgerEntry>> entries = new HashMap<>();
    private final Map<Key, StoredReceipt> receipts = new HashMap<>();
    private final Map<Key, Long> counters = new HashMap<>();

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
        return transactions.inTransaction(() -> openLots.getOrDefault(ref, Map.of()).values().stream()
                .sorted(PointsLot.SPEND_ORDER)
                .toList());
    }

    @Override
    public Optional<Instant> nextLotDue(AccountRef ref, Collection<String> except) {
        return transactions.inTransaction(() -> openLots.getOrDefault(ref, Map.of()).values().stream()
                .filter(l -> !except.contains(l.lotId()))
                .flatMap(l -> java.util.stream.Stream.of(l.status() == LotStatus.PENDING ? l.availableAt() : null,
                        l.status() != LotStatus.CLOSED ? l.expiresAt() : null))
                .filter(java.util.Objects::nonNull)
                .min(Comparator.naturalOrder()));
    }

    @Override
    public List<PointsLot> spendableLots(AccountRef ref, int limit) {
        return transactions.inTransaction(() -> openLots.getOrDefault(ref, Map.of()).values().stream()
                .filter(l -> l.status() == LotStatus.AVAILABLE && l.remaining() > 0)
                .sorted(PointsLot.SPEND_ORDER)
                .limit(limit)
                .toList());
    }

    @Override
    public List<PointsLot> lotsOfOrder(AccountRef ref, String orderReference) {
        return transactions.inTransaction(() -> lotsOf(ref).values().stream()
                .filter(l -> orderReference.equals(l.orderReference()))
                .sorted(Comparator.comparing(PointsLot::earnedAt).thenComparing(PointsLot::lotId))
                .toList());
    }

    @Override
    public Optional<PointsLot> lot(AccountRef ref, String lotId) {
        return transactions.inTransaction(() -> Optional.ofNullable(lotsOf(ref).get(lotId)));
    }

    @Override
    public void saveLot(PointsLot lot) {
        transactions.run(() -> {
            Map<String, PointsLot> byId = lotsOf(lot.account());
            PointsLot before = byId.put(lot.lotId(), lot);
            indexOpen(lot);
            transactions.onRollback(() -> {
                if (before == null) {
                    byId.remove(lot.lotId());
                    openLots.getOrDefault(lot.account(), new HashMap<>()).remove(lot.lotId());
                } else {
                    byId.put(lot.lotId(), before);
                    indexOpen(before);
                }
            });
        });
    }

    @Override
    public Optional<PointsHold> hold(TenantId tenantId, String holdId) {
        return transactions.inTransaction(() -> Optional.ofNullable(holds.get(new Key(tenantId, holdId))));
    }

    @Override
    public List<PointsHold> openHolds(AccountRef ref) {
        return transactions.inTransaction(() -> openHolds.getOrDefault(ref, Map.of()).values().stream()
                .sorted(Comparator.comparing(PointsHold::holdId))
                .toList());
    }

    @Override
    public void saveHold(PointsHold hold) {
        transactions.run(() -> {
            Key key = new Key(hold.account().tenantId(), hold.holdId());
            PointsHold before = holds.put(key, hold);
            indexOpen(hold);
            transactions.onRollback(() -> {
                if (before == null) {
                    holds.remove(key);
                    openHolds.getOrDefault(hold.account(), new HashMap<>()).remove(hold.holdId());
                } else {
                    holds.put(key, before);
                    indexOpen(before);
                }
            });
        });
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
        return transactions.inTransaction(() -> lotsOf(ref).values().stream()
                .filter(l -> l.orderReference() != null && !l.earnedAt().isBefore(from) && l.earnedAt().isBefore(until))
                .mapToLong(PointsLot::original)
                .sum());
    }

    @Override
    public Optional<StoredReceipt> receipt(TenantId tenantId, String operationKey) {
        return transactions.inTransaction(() -> Optional.ofNullable(receipts.get(new Key(tenantId, operationKey))));
    }

    @Override
    public void saveReceipt(TenantId tenantId, StoredReceipt receipt) {
        transactions.run(() -> {
            Key key = new Key(tenantId, receipt.receipt().operationKey());
            if (receipts.containsKey(key)) {
                throw new DuplicateKeyException("points operation", "idempotency key");
            }
            receipts.put(key, receipt);
            transactions.onRollback(() -> receipts.remove(key));
        });
    }

    @Override
    public long lockCounter(TenantId tenantId, String name) {
        return transactions.inTransaction(() -> counters.getOrDefault(new Key(tenantId, name), 0L));
    }

    @Override
    public boolean claim(TenantId tenantId, String name) {
        return transactions.inTransaction(() -> {
            Key key = new Key(tenantId, name);
            if (counters.getOrDefault(key, 0L) != 0) {
                return false;
            }
            setCounter(tenantId, name, 1);
            return true;
        });
    }

    @Override
    public void setCounter(TenantId tenantId, String name, long value) {
        transactions.run(() -> {
            Key key = new Key(tenantId, name);
            Long before = counters.put(key, value);
            transactions.onRollback(() -> {
                if (before == null) {
                    counters.remove(key);
                } else {
                    counters.put(key, before);
                }
            });
        });
    }

    @Override
    public List<AccountRef> dueAccounts(Instant now, int shard, int shards, int limit) {
        return transactions.inTransaction(() -> accounts.values().stream()
                .filter(a -> a.isDueBy(now) && PointsLedger.shardHash(a.ref()) % shards == shard)
                .sorted(Comparator.comparing(PointsAccount::nextDueAt))
                .limit(limit)
                .map(PointsAccount::ref)
                .toList());
    }

    private void indexOpen(PointsHold hold) {
        Map<String, PointsHold> open = openHolds.computeIfAbsent(hold.account(), r -> new LinkedHashMap<>());
        if (hold.status() == HoldStatus.OPEN) {
            open.put(hold.holdId(), hold);
        } else {
            open.remove(hold.holdId());
        }
    }

    private void indexOpen(PointsLot lot) {
        Map<String, PointsLot> open = openLots.computeIfAbsent(lot.account(), r -> new LinkedHashMap<>());
        if (lot.status() == LotStatus.CLOSED) {
            open.remove(lot.lotId());
        } else {
            open.put(lot.lotId(), lot);
        }
    }

    private Map<String, PointsLot> lotsOf(AccountRef ref) {
        return lots.computeIfAbsent(ref, r -> new LinkedHashMap<>());
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
