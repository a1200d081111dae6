package org.crmkit.marketing.journey;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.DuplicateKeyException;
import org.crmkit.shared.TenantId;

/**
 * Port: journeys and the record of each time one fired. Every method joins the caller's unit of
 * work; every lookup names one tenant.
 *
 * @since 0.2
 */
public interface Journeys {

    /** Stores or replaces a journey. */
    void save(Journey journey);

    /** The tenant's journey, if defined. */
    Optional<Journey> find(TenantId tenantId, String journeyId);

    /** Locks the journey until the unit of work ends: a concurrent unit locking it waits. */
    void lock(TenantId tenantId, String journeyId);

    /** Which of {@code customers} the journey fired for in {@code window}. */
    Set<CustomerId> fired(TenantId tenantId, String journeyId, String window, Collection<CustomerId> customers);

    /**
     * Adds firings.
     *
     * @throws DuplicateKeyException if the journey fired for a customer in that window already
     */
    void insert(List<JourneyFiring> firings);

    /** Every firing of every journey of the tenant for the customer, by journey id and window. */
    List<JourneyFiring> ofCustomer(TenantId tenantId, CustomerId customerId);

    /** Replaces the reason of the customer's failed firings with {@code replacement} (privacy erasure). */
    void replaceReasons(TenantId tenantId, CustomerId customerId, String replacement);
}
