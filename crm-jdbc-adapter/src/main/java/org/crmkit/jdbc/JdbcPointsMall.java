package org.crmkit.jdbc;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.crmkit.offer.mall.Fulfilment;
import org.crmkit.offer.mall.ItemTotals;
import org.crmkit.offer.mall.MallOrder;
import org.crmkit.offer.mall.MallOrderStatus;
import org.crmkit.offer.mall.PointsMall;
import org.crmkit.offer.mall.RewardItem;
import org.crmkit.offer.mall.StockedReward;
import org.crmkit.offer.mall.StoredMallOrder;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.Money;
import org.crmkit.shared.PersonalData;
import org.crmkit.shared.ProgrammeId;
import org.crmkit.shared.StaleVersionException;
import org.crmkit.shared.TenantId;

/**
 * The points mall in crm_mall_item (definition and stock counter in one row), crm_mall_held (the
 * per-customer counters) and crm_mall_order. Stock and counters are read under the dialect's
 * locking read and written back in the same unit of work; definitions and orders carry versions.
 */
final class JdbcPointsMall implements PointsMall {

    private static final String ITEM_COLUMNS = "tenant_id, programme_id, item_code, name, points_price, cash_currency, cash_price, stock,"
            + " per_customer_limit, tier_codes, valid_from, valid_until, fulfilment, reserved, version, updated_at";
    private static final String WHERE_ITEM = " WHERE tenant_id = ? AND programme_id = ? AND item_code = ?";
    private static final String WHERE_HELD = WHERE_ITEM + " AND customer_id = ?";
    private static final String ORDER_COLUMNS = "tenant_id, order_id, operation_key, fingerprint, customer_id, programme_id, item_code,"
            + " fulfilment, quantity, points, cash_currency, cash_amount, status, reward_code, tracking_reference, created_at, updated_at, version";

    private final JdbcTransactions transactions;
    private final Dialect dialect;
    private final Dialect.LockingRead lockItem;
    private final Dialect.LockingRead lockHeld;

    JdbcPointsMall(JdbcTransactions transactions, Dialect dialect) {
        this.transactions = transactions;
        this.dialect = dialect;
        this.lockItem = dialect.lockingRead("SELECT " + ITEM_COLUMNS + " FROM crm_mall_item" + WHERE_ITEM,
                "UPDATE crm_mall_item SET reserved = reserved" + WHERE_ITEM);
        this.lockHeld = dialect.lockingRead("SELECT units FROM crm_mall_held" + WHERE_HELD,
                "UPDATE crm_mall_held SET units = units" + WHERE_HELD);
    }

    @Override
    public Optional<StockedReward> lockItem(TenantId tenantId, ProgrammeId programmeId, String itemCode) {
        return transactions.withConnection(c -> {
            try (PreparedStatement s = lockItem.prepare(c, tenantId.value(), programmeId.value(), itemCode); ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(readItem(rs)) : Optional.empty();
            }
        });
    }

    @Override
    public List<StockedReward> items(TenantId tenantId, ProgrammeId programmeId) {
        return transactions.withConnection(c -> {
            List<StockedReward> found = new ArrayList<>();
            try (PreparedStatement s = Sql.prepare(c, "SELECT " + ITEM_COLUMNS + " FROM crm_mall_item WHERE tenant_id = ? AND programme_id = ?"
                    + " ORDER BY item_code", tenantId.value(), programmeId.value()); ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    found.add(readItem(rs));
                }
            }
            return found;
        });
    }

    @Override
    public void insertItem(RewardItem item) {
        transactions.withConnection(c -> Sql.insertUnique("reward item", "code", c, Sql.insert("crm_mall_item", ITEM_COLUMNS, 1),
                item.tenantId().value(), item.programmeId().value(), item.code(), item.name(), item.pointsPrice(),
                cashCurrency(item.cashPrice()), cashAmount(item.cashPrice()), nullableLong(item.stock()), nullableInt(item.perCustomerLimit()),
                Json.write(List.copyOf(item.tierCodes())), Sql.date(item.validFrom()), Sql.date(item.validUntil()), item.fulfilment(), 0L,
                item.version(), item.updatedAt()));
    }

    @Override
    public void updateItem(RewardItem item, long expectedVersion) {
        int updated = transactions.withConnection(c -> Sql.update(c, "UPDATE crm_mall_item SET name = ?, points_price = ?, cash_currency = ?,"
                        + " cash_price = ?, stock = ?, per_customer_limit = ?, tier_codes = ?, valid_from = ?, valid_until = ?, fulfilment = ?,"
                        + " version = ?, updated_at = ?" + WHERE_ITEM + " AND version = ?",
                item.name(), item.pointsPrice(), cashCurrency(item.cashPrice()), cashAmount(item.cashPrice()), nullableLong(item.stock()),
                nullableInt(item.perCustomerLimit()), Json.write(List.copyOf(item.tierCodes())), Sql.date(item.validFrom()),
                Sql.date(item.validUntil()), item.fulfilment(), item.version(), item.updatedAt(), item.tenantId().value(),
                item.programmeId().value(), item.code(), expectedVersion));
        if (updated == 0) {
            throw new StaleVersionException("reward item", item.code(), expectedVersion);
        }
    }

    @Override
    public void setReserved(TenantId tenantId, ProgrammeId programmeId, String itemCode, long reserved) {
        transactions.withConnection(c -> Sql.update(c, "UPDATE crm_mall_item SET reserved = ?" + WHERE_ITEM, reserved, tenantId.value(),
                programmeId.value(), itemCode));
    }

    @Override
    public long lockHeldBy(TenantId tenantId, ProgrammeId programmeId, String itemCode, CustomerId customerId) {
        return transactions.withConnection(c -> {
            Object[] key = {tenantId.value(), programmeId.value(), itemCode, customerId.value()};
            Optional<Long> units = lockedUnits(c, key);
            if (units.isPresent()) {
                return units.get();
            }
            dialect.insertIfAbsent(c, "INSERT INTO crm_mall_held (tenant_id, programme_id, item_code, customer_id, units) VALUES (?, ?, ?, ?, 0)",
                    key);
            return lockedUnits(c, key).orElseThrow();
        });
    }

    private Optional<Long> lockedUnits(Connection c, Object[] key) throws SQLException {
        try (PreparedStatement s = lockHeld.prepare(c, key); ResultSet rs = s.executeQuery()) {
            return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
        }
    }

    @Override
    public long heldBy(TenantId tenantId, ProgrammeId programmeId, String itemCode, CustomerId customerId) {
        return transactions.withConnection(c -> {
            try (PreparedStatement s = Sql.prepare(c, "SELECT units FROM crm_mall_held" + WHERE_HELD, tenantId.value(), programmeId.value(),
                    itemCode, customerId.value()); ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0L;
            }
        });
    }

    @Override
    public void setHeldBy(TenantId tenantId, ProgrammeId programmeId, String itemCode, CustomerId customerId, long units) {
        transactions.withConnection(c -> Sql.update(c, "UPDATE crm_mall_held SET units = ?" + WHERE_HELD, units, tenantId.value(),
                programmeId.value(), itemCode, customerId.value()));
    }

    @Override
    public void insertOrder(StoredMallOrder stored) {
        MallOrder o = stored.order();
        transactions.withConnection(c -> Sql.insertUnique("mall order", "idempotency key", c, Sql.insert("crm_mall_order", ORDER_COLUMNS, 1),
                o.tenantId().value(), o.orderId(), o.idempotencyKey(), stored.fingerprint(), o.customerId().value(), o.programmeId().value(),
                o.itemCode(), o.fulfilment(), o.quantity(), o.points(), cashCurrency(o.cash()), cashAmount(o.cash()), o.status(),
                Sql.text(o.rewardCode()), Sql.text(o.trackingReference()), o.createdAt(), o.updatedAt(), o.version()));
    }

    @Override
    public Optional<StoredMallOrder> orderByKey(TenantId tenantId, String idempotencyKey) {
        return selectOrders(tenantId, "operation_key = ?", idempotencyKey).stream().findFirst();
    }

    @Override
    public Optional<MallOrder> order(TenantId tenantId, String orderId) {
        return selectOrders(tenantId, "order_id = ?", orderId).stream().findFirst().map(StoredMallOrder::order);
    }

    @Override
    public void updateOrder(MallOrder order, long expectedVersion) {
        int updated = transactions.withConnection(c -> Sql.update(c, "UPDATE crm_mall_order SET status = ?, tracking_reference = ?,"
                        + " updated_at = ?, version = ? WHERE tenant_id = ? AND order_id = ? AND version = ?", order.status(),
                Sql.text(order.trackingReference()), order.updatedAt(), order.version(), order.tenantId().value(), order.orderId(),
                expectedVersion));
        if (updated == 0) {
            throw new StaleVersionException("mall order", order.orderId(), expectedVersion);
        }
    }

    @Override
    public List<MallOrder> ordersOf(TenantId tenantId, CustomerId customerId) {
        return selectOrders(tenantId, "customer_id = ? ORDER BY created_at DESC, order_id DESC", customerId.value()).stream()
                .map(StoredMallOrder::order).toList();
    }

    @Override
    public List<ItemTotals> totals(TenantId tenantId, ProgrammeId programmeId) {
        return transactions.withConnection(c -> {
            List<ItemTotals> totals = new ArrayList<>();
            try (PreparedStatement s = Sql.prepare(c, "SELECT item_code, COUNT(*), SUM(quantity), SUM(points), SUM(cash_amount)"
                    + " FROM crm_mall_order WHERE tenant_id = ? AND programme_id = ? AND status <> ? GROUP BY item_code ORDER BY item_code",
                    tenantId.value(), programmeId.value(), MallOrderStatus.CANCELLED); ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    BigDecimal cash = rs.getBigDecimal(5);
                    totals.add(new ItemTotals(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                            cash == null ? BigDecimal.ZERO : cash.stripTrailingZeros()));
                }
            }
            return totals;
        });
    }

    @Override
    public void anonymiseOrders(TenantId tenantId, CustomerId customerId) {
        transactions.withConnection(c -> Sql.update(c, "UPDATE crm_mall_order SET tracking_reference = ? WHERE tenant_id = ? AND customer_id = ?"
                + " AND tracking_reference IS NOT NULL AND tracking_reference <> ?", PersonalData.ERASED, tenantId.value(), customerId.value(),
                PersonalData.ERASED));
    }

    private List<StoredMallOrder> selectOrders(TenantId tenantId, String where, Object param) {
        return transactions.withConnection(c -> {
            List<StoredMallOrder> found = new ArrayList<>();
            try (PreparedStatement s = Sql.prepare(c, "SELECT " + ORDER_COLUMNS + " FROM crm_mall_order WHERE tenant_id = ? AND " + where,
                    tenantId.value(), param); ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    found.add(readOrder(tenantId, rs));
                }
            }
            return found;
        });
    }

    private static StockedReward readItem(ResultSet rs) throws SQLException {
        Long stock = rs.getObject("stock") == null ? null : rs.getLong("stock");
        Integer limit = rs.getObject("per_customer_limit") == null ? null : rs.getInt("per_customer_limit");
        RewardItem item = new RewardItem(TenantId.of(rs.getString("tenant_id")), ProgrammeId.of(rs.getString("programme_id")),
                rs.getString("item_code"), rs.getString("name"), rs.getLong("points_price"),
                money(rs.getString("cash_currency"), rs.getBigDecimal("cash_price")), stock, limit,
                Set.of(Json.read(rs.getString("tier_codes"), String[].class)), Sql.localDate(rs, "valid_from"), Sql.localDate(rs, "valid_until"),
                Sql.enumValue(rs, "fulfilment", Fulfilment.class), rs.getLong("version"), Sql.instant(rs, "updated_at"));
        return new StockedReward(item, rs.getLong("reserved"));
    }

    private static StoredMallOrder readOrder(TenantId tenantId, ResultSet rs) throws SQLException {
        MallOrder order = new MallOrder(tenantId, rs.getString("order_id"), rs.getString("operation_key"), CustomerId.of(rs.getString("customer_id")),
                ProgrammeId.of(rs.getString("programme_id")), rs.getString("item_code"), Sql.enumValue(rs, "fulfilment", Fulfilment.class),
                rs.getInt("quantity"), rs.getLong("points"), money(rs.getString("cash_currency"), rs.getBigDecimal("cash_amount")),
                Sql.enumValue(rs, "status", MallOrderStatus.class), rs.getString("reward_code"), rs.getString("tracking_reference"),
                Sql.instant(rs, "created_at"), Sql.instant(rs, "updated_at"), rs.getLong("version"));
        return new StoredMallOrder(rs.getString("fingerprint"), order);
    }

    private static Money money(String currency, BigDecimal amount) {
        if (currency == null || amount == null) {
            return null;
        }
        Currency c = Currency.getInstance(currency.trim());
        return Money.of(amount.setScale(Math.max(0, c.getDefaultFractionDigits()), RoundingMode.UNNECESSARY), c);
    }

    private static Object cashCurrency(Money money) {
        return money == null ? Sql.NULL_TEXT : money.currency().getCurrencyCode();
    }

    private static Object cashAmount(Money money) {
        return money == null ? Sql.NULL_DECIMAL : money.amount();
    }

    private static Object nullableLong(Long value) {
        return value == null ? new Sql.Null(Types.BIGINT) : value;
    }

    private static Object nullableInt(Integer value) {
        return value == null ? new Sql.Null(Types.INTEGER) : value;
    }
}
