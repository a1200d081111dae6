package org.crmkit.inmemory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.crmkit.offer.card.CardEntry;
import org.crmkit.offer.card.CardEntryTotal;
import org.crmkit.offer.card.CardEntryType;
import org.crmkit.offer.card.CardPayment;
import org.crmkit.offer.card.CardTotals;
import org.crmkit.offer.card.CardWrite;
import org.crmkit.offer.card.StoredCardReceipt;
import org.crmkit.offer.card.StoredValueCard;
import org.crmkit.offer.card.StoredValueCards;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.DuplicateKeyException;
import org.crmkit.shared.Money;
import org.crmkit.shared.Page;
import org.crmkit.shared.PageRequest;
import org.crmkit.shared.StaleVersionException;
import org.crmkit.shared.TenantId;
import org.crmkit.spi.CursorCodec;
import org.jspecify.annotations.Nullable;

/** Stored-value cards in maps; the storage-wide lock of {@link InMemoryTransactions} is the card lock. */
final class InMemoryStoredValueCards implements StoredValueCards {

    private record Key(TenantId tenantId, String id) {}

    private final InMemoryTransactions transactions;
    private final Map<Key, StoredValueCard> cards = new HashMap<>();
    private final Map<Key, TreeMap<Long, CardEntry>> entries = new HashMap<>();
    private final Map<Key, CardPayment> payments = new HashMap<>();
    private final Map<Key, StoredCardReceipt> receipts = new HashMap<>();

    InMemoryStoredValueCards(InMemoryTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public boolean insert(StoredValueCard card) {
        return transactions.inTransaction(() -> {
            Key key = new Key(card.tenantId(), card.cardId());
            if (cards.containsKey(key)) {
                return false;
            }
            cards.put(key, card);
            transactions.onRollback(() -> cards.remove(key));
            return true;
        });
    }

    @Override
    public Optional<StoredValueCard> lock(TenantId tenantId, String cardId) {
        return find(tenantId, cardId);
    }

    @Override
    public Optional<StoredValueCard> find(TenantId tenantId, String cardId) {
        return transactions.inTransaction(() -> Optional.ofNullable(cards.get(new Key(tenantId, cardId))));
    }

    @Override
    public Optional<CardPayment> payment(TenantId tenantId, String paymentKey) {
        return transactions.inTransaction(() -> Optional.ofNullable(payments.get(new Key(tenantId, paymentKey))));
    }

    @Override
    public void write(CardWrite write) {
        transactions.run(() -> {
            for (StoredValueCard card : write.cards()) {
                Key key = new Key(card.tenantId(), card.cardId());
                StoredValueCard stored = cards.get(key);
                if (stored == null || stored.version() != card.version() - 1) {
                    throw new StaleVersionException("card", card.cardId(), card.version() - 1);
                }
                cards.put(key, card);
                transactions.onRollback(() -> cards.put(key, stored));
            }
            for (CardEntry entry : write.entries()) {
                TreeMap<Long, CardEntry> ofCard = entries.computeIfAbsent(new Key(entry.tenantId(), entry.cardId()), k -> new TreeMap<>());
                if (ofCard.putIfAbsent(entry.sequence(), entry) != null) {
                    throw new DuplicateKeyException("card entry", "sequence");
                }
                transactions.onRollback(() -> ofCard.remove(entry.sequence()));
            }
            for (CardPayment payment : write.payments()) {
                Key key = new Key(payment.tenantId(), payment.paymentKey());
                CardPayment stored = payments.put(key, payment);
                transactions.onRollback(() -> {
                    if (stored == null) {
                        payments.remove(key);
                    } else {
                        payments.put(key, stored);
                    }
                });
            }
            write.receiptValue().ifPresent(receipt -> {
                Key key = new Key(write.tenantId(), receipt.receipt().operationKey());
                if (receipts.putIfAbsent(key, receipt) != null) {
                    throw new DuplicateKeyException("card operation", "idempotency key");
                }
                transactions.onRollback(() -> receipts.remove(key));
            });
        });
    }

    @Override
    public Optional<StoredCardReceipt> receipt(TenantId tenantId, String operationKey) {
        return transactions.inTransaction(() -> Optional.ofNullable(receipts.get(new Key(tenantId, operationKey))));
    }

    @Override
    public Page<CardEntry> statement(TenantId tenantId, String cardId, PageRequest request) {
        return transactions.inTransaction(() -> {
            long before = request.cursorValue().map(CursorCodec::decodeLong).orElse(Long.MAX_VALUE);
            TreeMap<Long, CardEntry> ofCard = entries.getOrDefault(new Key(tenantId, cardId), new TreeMap<>());
            return Pages.first(ofCard.headMap(before, false).descendingMap().values(), request.limit(),
                    e -> CursorCodec.encode(Long.toString(e.sequence())));
        });
    }

    @Override
    public List<StoredValueCard> cardsOf(TenantId tenantId, CustomerId customerId) {
        return transactions.inTransaction(() -> cards.values().stream()
                .filter(c -> c.tenantId().equals(tenantId) && customerId.equals(c.customerId()))
                .sorted(Comparator.comparing(StoredValueCard::cardId)).toList());
    }

    @Override
    public List<StoredValueCard> dueCards(@Nullable TenantId tenantId, Instant now, int shard, int shards, int limit) {
        return transactions.inTransaction(() -> cards.values().stream()
                .filter(c -> InMemoryTenants.matches(tenantId, c.tenantId()))
                .filter(c -> c.dueAt(now) && StoredValueCard.shardHash(c.tenantId(), c.cardId()) % shards == shard)
                .sorted(Comparator.comparing(StoredValueCard::expiresAt)).limit(limit).toList());
    }

    @Override
    public List<CardTotals> totals(TenantId tenantId) {
        return transactions.inTransaction(() -> {
            Map<Currency, List<StoredValueCard>> byCurrency = new TreeMap<>(Comparator.comparing(Currency::getCurrencyCode));
            cards.values().stream().filter(c -> c.tenantId().equals(tenantId))
                    .forEach(c -> byCurrency.computeIfAbsent(c.currency(), k -> new ArrayList<>()).add(c));
            List<CardTotals> totals = new ArrayList<>();
            byCurrency.forEach((currency, ofCurrency) -> {
                Money[] sums = new Money[8];
                java.util.Arrays.fill(sums, Money.zero(currency));
                for (StoredValueCard c : ofCurrency) {
                    Money[] row = {c.balance(), c.issued(), c.toppedUp(), c.paid(), c.refunded(), c.expired(), c.transferredIn(),
                            c.transferredOut()};
                    for (int i = 0; i < sums.length; i++) {
                        sums[i] = sums[i].plus(row[i]);
                    }
                }
                totals.add(new CardTotals(currency, ofCurrency.size(), sums[0], sums[1], sums[2], sums[3], sums[4], sums[5], sums[6],
                        sums[7]));
            });
            return totals;
        });
    }

    @Override
    public Map<Currency, List<CardEntryTotal>> entryTotals(TenantId tenantId, Instant from, Instant until) {
        return transactions.inTransaction(() -> {
            Map<Currency, Map<CardEntryType, Money>> sums = new LinkedHashMap<>();
            entries.forEach((key, ofCard) -> {
                if (key.tenantId().equals(tenantId)) {
                    for (CardEntry e : ofCard.values()) {
                        if (!e.at().isBefore(from) && e.at().isBefore(until)) {
                            sums.computeIfAbsent(e.amount().currency(), k -> new TreeMap<>()).merge(e.type(), e.amount(), Money::plus);
                        }
                    }
                }
            });
            Map<Currency, List<CardEntryTotal>> totals = new LinkedHashMap<>();
            sums.forEach((currency, byType) -> totals.put(currency,
                    byType.entrySet().stream().map(t -> new CardEntryTotal(t.getKey(), t.getValue())).toList()));
            return totals;
        });
    }
}
