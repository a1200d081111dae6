package org.crmkit.value.history;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.Money;
import org.crmkit.shared.Page;
import org.crmkit.shared.PageRequest;
import org.crmkit.shared.TenantId;

/**
 * Port: the purchase history, refunds and per-customer totals. Every method joins the storage's
 * current unit of work. Implementations must make {@link #insert} and {@link #insertRefund} atomic
 * "insert if absent" operations and {@link #addToSummary} an atomic read-modify-write, since
 * concurrent purchases of one customer may run in parallel transactions.
 *
 * @since 0.1
 */
public interface Purchases {

    /** Stores a new purchase; false (and nothing written) if its order id already exists in the tenant. */
    boolean insert(Purchase purchase);

    /**
     * What {@link #insertWithTotals} did.
     *
     * @param totalsBefore the customer's totals, which the purchase is not yet added to
     * @param insert whether the purchase was stored
     * @since 0.2
     */
    record Insertion(Optional<PurchaseSummary> totalsBefore, Insert insert) {

        /** Checks the parts are present. */
        public Insertion {
            checkNotNull(totalsBefore, "totalsBefore");
            checkNotNull(insert, "insert");
        }
    }

    /**
     * The outcome of the insert in {@link #insertWithTotals}.
     *
     * @since 0.2
     */
    enum Insert {
        /** The purchase was stored (so the tenant has its customer). */
        STORED,
        /** Nothing was stored: the order id exists in the tenant, or the tenant has no such customer. */
        NOT_STORED,
        /** The insert was not tried: the caller checks the customer and calls {@link #insert}. */
        NOT_TRIED
    }

    /**
     * Reads the customer's totals and stores the purchase in one go, one round trip where the
     * storage sends statements together: what recording a purchase does first. The purchase is
     * stored only if its order id is new and the tenant has its customer. The default reads the
     * totals and, if they exist (so the customer does), calls {@link #insert}; otherwise it tries
     * nothing ({@link Insert#NOT_TRIED}).
     *
     * @since 0.2
     */
    default Insertion insertWithTotals(Purchase purchase) {
        Optional<PurchaseSummary> totals = summary(purchase.tenantId(), purchase.customerId());
        if (totals.isEmpty()) {
            return new Insertion(totals, Insert.NOT_TRIED);
        }
        return new Insertion(totals, insert(purchase) ? Insert.STORED : Insert.NOT_STORED);
    }

    /** The purchase with this order id, if any. */
    Optional<Purchase> find(TenantId tenantId, String orderId);

    /** The purchase with this order id, locked until the unit of work ends. */
    Optional<Purchase> lock(TenantId tenantId, String orderId);

    /** Replaces the refunded amount of a purchase. */
    void updateRefunded(TenantId tenantId, String orderId, Money refunded);

    /**
     * Records a refund id; false if it was already recorded (the refund is a replay).
     *
     * @param orderId the purchase refunded
     */
    boolean insertRefund(TenantId tenantId, String refundId, String orderId, CustomerId customerId, Money amount, Instant refundedAt);

    /** The refund recorded under a refund id, if it was. */
    Optional<RecordedRefund> refund(TenantId tenantId, String refundId);

    /**
     * Adds to a customer's totals, creating them on the first purchase: {@code orders} more orders
     * (0 for a refund), {@code paid} more paid, {@code refunded} more refunded, first and last
     * purchase widened to include {@code purchasedAt} when {@code orders > 0}.
     */
    void addToSummary(TenantId tenantId, CustomerId customerId, Instant purchasedAt, long orders, Money paid, Money refunded);

    /** A customer's totals, if the customer has bought. */
    Optional<PurchaseSummary> summary(TenantId tenantId, CustomerId customerId);

    /**
     * The purchase totals of each of {@code customerIds} who bought, keyed by id (the others are
     * absent): what a segment walk reads for a page of customers. The default reads each with {@link
     * #summary}; a storage overrides it with one read.
     *
     * @since 0.2
     */
    default Map<CustomerId, PurchaseSummary> summariesOf(TenantId tenantId, Collection<CustomerId> customerIds) {
        Map<CustomerId, PurchaseSummary> found = new LinkedHashMap<>();
        for (CustomerId id : customerIds) {
            summary(tenantId, id).ifPresent(summary -> found.put(id, summary));
        }
        return found;
    }

    /** A customer's purchases, newest first. */
    Page<Purchase> ofCustomer(TenantId tenantId, CustomerId customerId, PageRequest request);

    /**
     * Every purchase of the tenant, ordered by customer id and then order id, so a customer's
     * purchases arrive together; the cursor is opaque.
     */
    Page<Purchase> all(TenantId tenantId, PageRequest request);

    /** Every customer's totals in the tenant, in customer id order. */
    Page<PurchaseSummary> summaries(TenantId tenantId, PageRequest request);

    /**
     * Each customer's purchase days up to {@code asOf}, computed where the purchases are stored (a
     * SQL aggregate grouped by customer over purchase days, pushed to the shard holding the tenant on
     * Citus): a purchase's day is the calendar day of its time in {@code zone}; purchases after
     * {@code asOf} and purchases refunded in full are left out; the rest count with what is left
     * after their refunds, whenever those were made. Customers with no such purchase are not listed.
     *
     * <p>Pages are in customer id order, as {@link #all} orders them. A page covers the customers of
     * the next {@code request.limit()} purchases at most, so it lists at most that many customers;
     * it may list none and still have a next page; the cursor is opaque.
     *
     * @since 0.2
     */
    Page<PurchaseDays> purchaseDays(TenantId tenantId, Instant asOf, ZoneId zone, PageRequest request);
}
