package org.crmkit.customer;

import org.crmkit.shared.CustomerId;
import org.crmkit.shared.Page;
import org.crmkit.shared.PageRequest;
import org.crmkit.shared.TenantId;

/**
 * Port: the append-only interaction timeline of each customer.
 *
 * <p>The contract is pinned down by {@code InteractionLogContract} in crm-core's test jar.
 *
 * @since 0.1
 */
public interface InteractionLog {

    /** Appends an interaction. */
    void append(Interaction interaction);

    /**
     * A customer's interactions, newest first (ties by id, descending), one page at a time.
     *
     * @throws org.crmkit.shared.ValidationException if the cursor was not issued by this log
     */
    Page<Interaction> page(TenantId tenantId, CustomerId customerId, PageRequest request);

    /** Replaces the summary of every interaction of the customer with {@link Interaction#ERASED_SUMMARY}. */
    void anonymise(TenantId tenantId, CustomerId customerId);
}
