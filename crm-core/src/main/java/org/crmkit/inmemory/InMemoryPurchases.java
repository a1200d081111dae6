package org.crmkit.inmemory;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.Money;
import org.crmkit.shared.Page;
import org.crmkit.shared.PageRequest;
import org.crmkit.shared.TenantId;
import org.crmkit.spi.CursorCodec;
import org.crmkit.value.history.Purchase;
import org.crmkit.value.history.PurchaseDays;
import org.crmkit.value.history.PurchaseSummary;
import org.crmkit.value.history.Purchases;
import org.crmkit.value.history.RecordedRefund;

final class InMemoryPurchases implements Purchases {

    private static final Comparator<Purchase> NEWEST_FIRST =
            Comparator.comparing(Purchase::purchasedAt).thenComparing(Purchase::orderId).reversed();

    private record Key(TenantId tenantId, String id) {}


    private final InMemoryTransactions transactions;
    private final Map<Key, Purchase> byOrder = new HashMap<>();
    /** Per tenant, purchases by customer id and order id (the streaming order). */
    private final Map<TenantId, NavigableMap<List<String>, Purchase>> byCustomer = new HashMap<>();
    private final Map<Key, RecordedRefund> refunds = new HashMap<>();
    private final Map<TenantId, NavigableMap<String, PurchaseSummary>> summaries = new HashMap<>();

    InMemoryPurchases(InMemoryTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public boolean insert(Purchase p) {
        return transactions.inTransaction(() -> {
            Key key = new Key(p.tenantId(), p.orderId());
            if (byOrder.containsKey(key)) {
                return false;
            }
            put(p);
            transactions.onRollback(() -> {
                byOrder.remove(key);
                customerMap(p.tenantId()).remove(List.of(p.customerId().value(), p.orderId()));
            });
            return true;
        });
    }

    @Override
    public Optional<Purchase> find(TenantId tenantId, String orderId) {
        return transactions.inTransaction(() -> Optional.ofNullable(byOrder.get(new Key(tenantId, orderId))));
    }

    @Override
    public Optional<Purchase> lock(TenantId tenantId, String orderId) {
        return find(tenantId, orderId);
    }

    @Override
    public void updateRefunded(TenantId tenantId, String orderId, Money refunded) {
        transactions.run(() -> {
            Purchase before = byOrder.get(new Key(tenantId, orderId));
            put(new Purchase(before.tenantId(), before.customerId(), before.orderId(), before.purchasedAt(), before.paid(), refunded,
                    before.items(), before.paymentMethod(), before.channel(), before.programmeId()));
            transactions.onRollback(() -> put(before));
        });
    }

    @Override
    public boolean insertRefund(TenantId tenantId, String refundId, String orderId, CustomerId customerId, Money amount, Instant at) {
        return transactions.inTransaction(() -> {
            Key key = new Key(tenantId, refundId);
            if (refunds.putIfAbsent(key, new RecordedRefund(orderId, amount.amount(), at)) != null) {
                return false;
            }
            transactions.onRollback(() -> refunds.remove(key));
            return true;
        });
    }

    @Override
    public Optional<RecordedRefund> refund(TenantId tenantId, String refundId) {
        return transactions.inTransaction(() -> Optional.ofNullable(refunds.get(new Key(tenantId, refundId))));
    }

    @Override
    public void addToSummary(TenantId tenantId, CustomerId customerId, Instant purchasedAt, long orders, Money paid, Money refunded) {
        transactions.run(() -> {
            NavigableMap<String, PurchaseSummary> tenantSummaries = summaries.computeIfAbsent(tenantId, t -> new TreeMap<>());
            String key = customerId.value();
            PurchaseSummary before = tenantSummaries.get(key);
            if (before == null && orders == 0) {
                return; // totals are created by a first purchase, not by a refund
            }
            PurchaseSummary after = before == null
                    ? new PurchaseSummary(tenantId, customerId, purchasedAt, purchasedAt, orders, paid, refunded)
                    : new PurchaseSummary(tenantId, customerId,
                            orders > 0 && purchasedAt.isBefore(before.firstPurchaseAt()) ? purchasedAt : before.firstPurchaseAt(),
                            orders > 0 && purchasedAt.isAfter(before.lastPurchaseAt()) ? purchasedAt : before.lastPurchaseAt(),
                            before.orders() + orders, before.paid().plus(paid), before.refunded().plus(refunded));
            tenantSummaries.put(key, after);
            transactions.onRollback(() -> {
                if (before == null) {
                    tenantSummaries.remove(key);
                } else {
                    tenantSummaries.put(key, before);
                }
            });
        });
    }

    @Override
    public Optional<PurchaseSummary> summary(TenantId tenantId, CustomerId customerId) {
        return transactions.inTransaction(() -> Optional.ofNullable(summaries.getOrDefault(tenantId, new TreeMap<>()).get(customerId.value())));
    }

    @Override
    public Page<PurchaseSummary> summaries(TenantId tenantId, PageRequest request) {
        return transactions.inTransaction(() -> {
            NavigableMap<String, PurchaseSummary> map = summaries.getOrDefault(tenantId, new TreeMap<>());
            NavigableMap<String, PurchaseSummary> rest = request.cursor() == null ? map
                    : map.tailMap(CursorCodec.decode(request.cursor(), 1).get(0), false);
            return Pages.first(rest.values(), request.limit(), v -> CursorCodec.encode(v.customerId().value()));
        });
    }

    @Override
    public Page<Purchase> ofCustomer(TenantId tenantId, CustomerId customerId, PageRequest request) {
        return transactions.inTransaction(() -> {
            List<Purchase> mine = customerMap(tenantId).subMap(List.of(customerId.value()), true, List.of(customerId.value(), "\uffff"), true)
                    .values().stream().sorted(NEWEST_FIRST).toList();
            if (request.cursor() != null) {
                List<String> after = CursorCodec.decode(request.cursor(), 2);
                Instant at = CursorCodec.instantKey(request.cursor(), after.get(0));
                String id = after.get(1);
                mine = mine.stream().filter(p -> p.purchasedAt().isBefore(at) || (p.purchasedAt().equals(at) && p.orderId().compareTo(id) < 0))
                        .toList();
            }
            return Pages.first(mine, request.limit(), p -> CursorCodec.encode(p.purchasedAt().toString(), p.orderId()));
        });
    }

    @Override
    public Page<Purchase> all(TenantId tenantId, PageRequest request) {
        return transactions.inTransaction(() -> {
            NavigableMap<List<String>, Purchase> map = customerMap(tenantId);
            NavigableMap<List<String>, Purchase> rest = request.cursor() == null ? map
                    : map.tailMap(CursorCodec.decode(request.cursor(), 2), false);
            return Pages.first(rest.values(), request.limit(), p -> CursorCodec.encode(p.customerId().value(), p.orderId()));
        });
    }

    @Override
    public Page<PurchaseDays> purchaseDays(TenantId tenantId, Instant asOf, ZoneId zone, PageRequest request) {
        return transactions.inTransaction(() -> {
            String after = request.cursorValue().map(cursor -> CursorCodec.decode(cursor, 1).get(0)).orElse(null);
            NavigableMap<List<String>, Purchase> map = customerMap(tenantId);
            // the customers of the next limit purchases: up to and including the customer of the limit-th
            List<PurchaseDays> items = new ArrayList<>();
            String bound = null;
            String customer = null;
            NavigableMap<LocalDate, BigDecimal> days = new TreeMap<>();
            int rows = 0;
            for (Purchase p : (after == null ? map : map.tailMap(List.of(after), true)).values()) {
                String who = p.customerId().value();
                if (who.equals(after)) {
                    continue;
                }
                if (!who.equals(customer)) {
                    if (bound != null) {
                        break;
                    }
                    addDays(items, customer, days);
                    customer = who;
                    days.clear();
                }
                if (++rows == request.limit()) {
                    bound = who;
                }
                if (!p.fullyRefunded() && !p.purchasedAt().isAfter(asOf)) {
                    days.merge(LocalDate.ofInstant(p.purchasedAt(), zone), p.net().amount(), BigDecimal::add);
                }
            }
            addDays(items, customer, days);
            return Page.of(items, bound == null ? null : CursorCodec.encode(bound));
        });
    }

    private static void addDays(List<PurchaseDays> items, String customer, NavigableMap<LocalDate, BigDecimal> days) {
        if (!days.isEmpty()) {
            BigDecimal net = days.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            items.add(new PurchaseDays(CustomerId.of(customer), days.size(), days.firstKey(), days.lastKey(), net,
                    days.firstEntry().getValue()));
        }
    }

    private void put(Purchase p) {
        byOrder.put(new Key(p.tenantId(), p.orderId()), p);
        customerMap(p.tenantId()).put(List.of(p.customerId().value(), p.orderId()), p);
    }

    private NavigableMap<List<String>, Purchase> customerMap(TenantId tenantId) {
        return byCustomer.computeIfAbsent(tenantId, t -> new TreeMap<>(InMemoryPurchases::compareKeys));
    }

    private static int compareKeys(List<String> a, List<String> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = a.get(i).compareTo(b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }
}
