package org.crmkit.offer.mall;

import java.util.List;
import java.util.Optional;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.DuplicateKeyException;
import org.crmkit.shared.ProgrammeId;
import org.crmkit.shared.StaleVersionException;
import org.crmkit.shared.TenantId;

/**
 * Port: the points mall's catalogue, stock and per-customer counters, and its orders. Takes part in
 * the storage's unit of work. A lock taken by a {@code lock} method holds until the unit ends, so
 * that the stock and the counters are checked and changed under it and never exceeded.
 *
 * @since 0.2
 */
public interface PointsMall {

    /** The item with its stock counter, locked for the rest of the unit of work; empty if not defined. */
    Optional<StockedReward> lockItem(TenantId tenantId, ProgrammeId programmeId, String itemCode);

    /** The programme's items with their stock counters, by code; read without locks. */
    List<StockedReward> items(TenantId tenantId, ProgrammeId programmeId);

    /**
     * Stores a new item with nothing reserved.
     *
     * @throws DuplicateKeyException if its code is taken in the programme
     */
    void insertItem(RewardItem item);

    /**
     * Replaces an item's definition; its reserved units stay.
     *
     * @throws StaleVersionException if the stored item is not at {@code expectedVersion}
     */
    void updateItem(RewardItem item, long expectedVersion);

    /** Sets the reserved units of an item this unit of work locked. */
    void setReserved(TenantId tenantId, ProgrammeId programmeId, String itemCode, long reserved);

    /**
     * The units the customer holds in live orders of the item, locked for the rest of the unit of
     * work (a counter at 0 is created if there was none).
     */
    long lockHeldBy(TenantId tenantId, ProgrammeId programmeId, String itemCode, CustomerId customerId);

    /** The units the customer holds in live orders of the item; read without locks. */
    long heldBy(TenantId tenantId, ProgrammeId programmeId, String itemCode, CustomerId customerId);

    /** Sets a counter this unit of work locked. */
    void setHeldBy(TenantId tenantId, ProgrammeId programmeId, String itemCode, CustomerId customerId, long units);

    /**
     * Stores a new order under its idempotency key with the redemption's fingerprint.
     *
     * @throws DuplicateKeyException if an order with its key (or id) exists in the tenant
     */
    void insertOrder(StoredMallOrder order);

    /** The order redeemed with this key, with its fingerprint. */
    Optional<StoredMallOrder> orderByKey(TenantId tenantId, String idempotencyKey);

    /** The order. */
    Optional<MallOrder> order(TenantId tenantId, String orderId);

    /**
     * Replaces an order's status, tracking reference and version.
     *
     * @throws StaleVersionException if the stored order is not at {@code expectedVersion}
     */
    void updateOrder(MallOrder order, long expectedVersion);

    /** The customer's orders, newest first. */
    List<MallOrder> ordersOf(TenantId tenantId, CustomerId customerId);

    /** The totals of the programme's orders that are not cancelled, one per item with any. */
    List<ItemTotals> totals(TenantId tenantId, ProgrammeId programmeId);

    /**
     * Replaces the tracking reference of each of the customer's orders that has one with {@link
     * org.crmkit.shared.PersonalData#ERASED}, for erasure; everything else stays.
     */
    void anonymiseOrders(TenantId tenantId, CustomerId customerId);
}
