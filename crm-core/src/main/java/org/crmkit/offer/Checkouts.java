package org.crmkit.offer;

import java.util.List;
import java.util.Optional;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.DuplicateKeyException;
import org.crmkit.shared.StaleVersionException;
import org.crmkit.shared.TenantId;

/**
 * Port: checkouts held for orders, one per order reference in a tenant. Takes part in the
 * storage's unit of work.
 *
 * @since 0.2
 */
public interface Checkouts {

    /** Stores a new checkout; false (and nothing stored) if its order reference is taken in the tenant. */
    boolean insert(StoredCheckout checkout);

    /**
     * Stores a new checkout, as {@link #insert} does, for a unit of work that fails if the order
     * reference is taken: a storage may send it with the unit's next round trip instead of now. The
     * default calls {@link #insert}.
     *
     * @throws DuplicateKeyException naming {@code orderReference} if the tenant has a checkout of the
     *     order (found now, or where it is sent): a lost race, which the outermost unit of work retries
     * @since 0.3
     */
    default void add(StoredCheckout checkout) {
        if (!insert(checkout)) {
            throw new DuplicateKeyException("checkout", "orderReference");
        }
    }

    /** The checkout of an order, if any. */
    Optional<StoredCheckout> find(TenantId tenantId, String orderReference);

    /**
     * Replaces a checkout if it still has {@code expectedVersion}; the stored version becomes
     * {@code checkout.version()}.
     *
     * @return false (and nothing changed) if another writer changed it first
     */
    boolean update(StoredCheckout checkout, long expectedVersion);

    /**
     * Replaces a checkout that still has {@code expectedVersion}, as {@link #update} does, for a
     * unit of work that fails if it does not: a storage may send it with the unit's next round trip
     * instead of now. The default calls {@link #update}.
     *
     * @throws StaleVersionException if another writer changed it first (now, or where it is sent):
     *     a lost race, which the outermost unit of work retries
     * @since 0.3
     */
    default void replace(StoredCheckout checkout, long expectedVersion) {
        if (!update(checkout, expectedVersion)) {
            throw new StaleVersionException("checkout", checkout.orderReference(), expectedVersion);
        }
    }

    /** The customer's checkouts, oldest first, for the privacy export. */
    List<StoredCheckout> ofCustomer(TenantId tenantId, CustomerId customerId);
}
