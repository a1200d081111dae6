package org.crmkit.inmemory;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.crmkit.offer.mall.ItemTotals;
import org.crmkit.offer.mall.MallOrder;
import org.crmkit.offer.mall.MallOrderStatus;
import org.crmkit.offer.mall.PointsMall;
import org.crmkit.offer.mall.RewardItem;
import org.crmkit.offer.mall.StockedReward;
import org.crmkit.offer.mall.StoredMallOrder;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.DuplicateKeyException;
import org.crmkit.shared.PersonalData;
import org.crmkit.shared.ProgrammeId;
import org.crmkit.shared.StaleVersionException;
import org.crmkit.shared.TenantId;

/** The points mall in maps; the storage's one lock serialises units of work, so a read is as good as a lock. */
final class InMemoryPointsMall implements PointsMall {

    private record ItemKey(TenantId tenantId, ProgrammeId programmeId, String code) {}

    private record HeldKey(ItemKey item, CustomerId customerId) {}

    private record OrderKey(TenantId tenantId, String id) {}

    private final InMemoryTransactions transactions;
    private final Map<ItemKey, StockedReward> items = new HashMap<>();
    private final Map<HeldKey, Long> held = new HashMap<>();
    private final Map<OrderKey, StoredMallOrder> orders = new HashMap<>();
    private final Map<OrderKey, String> orderIdByKey = new HashMap<>();

    InMemoryPointsMall(InMemoryTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public Optional<StockedReward> lockItem(TenantId tenantId, ProgrammeId programmeId, String itemCode) {
        return transactions.inTransaction(() -> Optional.ofNullable(items.get(new ItemKey(tenantId, programmeId, itemCode))));
    }

    @Override
    public List<StockedReward> items(TenantId tenantId, ProgrammeId programmeId) {
        return transactions.inTransaction(() -> items.values().stream()
                .filter(s -> s.item().tenantId().equals(tenantId) && s.item().programmeId().equals(programmeId))
                .sorted(Comparator.comparing(s -> s.item().code()))
                .toList());
    }

    @Override
    public void insertItem(RewardItem item) {
        transactions.run(() -> {
            ItemKey key = new ItemKey(item.tenantId(), item.programmeId(), item.code());
            if (items.containsKey(key)) {
                throw new DuplicateKeyException("reward item", "code");
            }
            put(items, key, new StockedReward(item, 0));
        });
    }

    @Override
    public void updateItem(RewardItem item, long expectedVersion) {
        transactions.run(() -> {
            ItemKey key = new ItemKey(item.tenantId(), item.programmeId(), item.code());
            StockedReward current = items.get(key);
            if (current == null || current.item().version() != expectedVersion) {
                throw new StaleVersionException("reward item", item.code(), expectedVersion);
            }
            put(items, key, new StockedReward(item, current.reserved()));
        });
    }

    @Override
    public void setReserved(TenantId tenantId, ProgrammeId programmeId, String itemCode, long reserved) {
        transactions.run(() -> {
            ItemKey key = new ItemKey(tenantId, programmeId, itemCode);
            put(items, key, new StockedReward(items.get(key).item(), reserved));
        });
    }

    @Override
    public long lockHeldBy(TenantId tenantId, ProgrammeId programmeId, String itemCode, CustomerId customerId) {
        return heldBy(tenantId, programmeId, itemCode, customerId);
    }

    @Override
    public long heldBy(TenantId tenantId, ProgrammeId programmeId, String itemCode, CustomerId customerId) {
        return transactions.inTransaction(() -> held.getOrDefault(new HeldKey(new ItemKey(tenantId, programmeId, itemCode), customerId), 0L));
    }

    @Override
    public void setHeldBy(TenantId tenantId, ProgrammeId programmeId, String itemCode, CustomerId customerId, long units) {
        transactions.run(() -> put(held, new HeldKey(new ItemKey(tenantId, programmeId, itemCode), customerId), units));
    }

    @Override
    public void insertOrder(StoredMallOrder stored) {
        transactions.run(() -> {
            MallOrder order = stored.order();
            OrderKey byKey = new OrderKey(order.tenantId(), order.idempotencyKey());
            OrderKey byId = new OrderKey(order.tenantId(), order.orderId());
            if (orderIdByKey.containsKey(byKey) || orders.containsKey(byId)) {
                throw new DuplicateKeyException("mall order", "idempotency key");
            }
            put(orderIdByKey, byKey, order.orderId());
            put(orders, byId, stored);
        });
    }

    @Override
    public Optional<StoredMallOrder> orderByKey(TenantId tenantId, String idempotencyKey) {
        return transactions.inTransaction(() -> Optional.ofNullable(orderIdByKey.get(new OrderKey(tenantId, idempotencyKey)))
                .map(id -> orders.get(new OrderKey(tenantId, id))));
    }

    @Override
    public Optional<MallOrder> order(TenantId tenantId, String orderId) {
        return transactions.inTransaction(() -> Optional.ofNullable(orders.get(new OrderKey(tenantId, orderId))).map(StoredMallOrder::order));
    }

    @Override
    public void updateOrder(MallOrder order, long expectedVersion) {
        transactions.run(() -> {
            OrderKey key = new OrderKey(order.tenantId(), order.orderId());
            StoredMallOrder current = orders.get(key);
            if (current == null || current.order().version() != expectedVersion) {
                throw new StaleVersionException("mall order", order.orderId(), expectedVersion);
            }
            put(orders, key, new StoredMallOrder(current.fingerprint(), order));
        });
    }

    @Override
    public List<MallOrder> ordersOf(TenantId tenantId, CustomerId customerId) {
        return transactions.inTransaction(() -> orders.values().stream().map(StoredMallOrder::order)
                .filter(o -> o.tenantId().equals(tenantId) && o.customerId().equals(customerId))
                .sorted(Comparator.comparing(MallOrder::createdAt).thenComparing(MallOrder::orderId).reversed())
                .toList());
    }

    @Override
    public List<ItemTotals> totals(TenantId tenantId, ProgrammeId programmeId) {
        return transactions.inTransaction(() -> {
            Map<String, ItemTotals> totals = new TreeMap<>();
            for (StoredMallOrder stored : orders.values()) {
                MallOrder o = stored.order();
                if (!o.tenantId().equals(tenantId) || !o.programmeId().equals(programmeId) || o.status() == MallOrderStatus.CANCELLED) {
                    continue;
                }
                ItemTotals t = totals.getOrDefault(o.itemCode(), new ItemTotals(o.itemCode(), 0, 0, 0, BigDecimal.ZERO));
                totals.put(o.itemCode(), new ItemTotals(o.itemCode(), t.redemptions() + 1, t.units() + o.quantity(), t.points() + o.points(),
                        o.cash() == null ? t.cash() : t.cash().add(o.cash().amount())));
            }
            return new ArrayList<>(totals.values());
        });
    }

    @Override
    public void anonymiseOrders(TenantId tenantId, CustomerId customerId) {
        transactions.run(() -> {
            for (StoredMallOrder stored : List.copyOf(orders.values())) {
                MallOrder o = stored.order();
                if (o.tenantId().equals(tenantId) && o.customerId().equals(customerId) && o.trackingReference() != null
                        && !o.trackingReference().equals(PersonalData.ERASED)) {
                    MallOrder erased = new MallOrder(o.tenantId(), o.orderId(), o.idempotencyKey(), o.customerId(), o.programmeId(), o.itemCode(),
                            o.fulfilment(), o.quantity(), o.points(), o.cash(), o.status(), o.rewardCode(), PersonalData.ERASED, o.createdAt(),
                            o.updatedAt(), o.version());
                    put(orders, new OrderKey(tenantId, o.orderId()), new StoredMallOrder(stored.fingerprint(), erased));
                }
            }
        });
    }

    /** Puts {@code value} under {@code key}, recording how to undo it. */
    private <K, V> void put(Map<K, V> map, K key, V value) {
        V before = map.put(key, value);
        transactions.onRollback(() -> {
            if (before == null) {
                map.remove(key);
            } else {
                map.put(key, before);
            }
        });
    }
}
