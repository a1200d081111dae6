package org.crmkit.sales;

import java.util.List;
import java.util.Optional;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.Page;
import org.crmkit.shared.PageRequest;
import org.crmkit.shared.TenantId;

/**
 * Port: the storage of leads. Every method takes part in the storage's unit of work. The contract
 * suites {@code Sales*Contract} in crm-core's test jar pin it down.
 *
 * @since 0.2
 */
public interface Leads {

    /**
     * Stores a new lead unless the tenant has one with its id or its creation key (after waiting
     * for a concurrent insert of either to commit or roll back).
     *
     * @return true if this call stored it
     */
    boolean insert(Lead lead);

    /** The lead, if it is in the tenant. */
    Optional<Lead> find(TenantId tenantId, String leadId);

    /** The lead captured under {@code creationKey}, if any. */
    Optional<Lead> findByKey(TenantId tenantId, String creationKey);

    /**
     * Replaces the lead if it is still at {@code expectedVersion}.
     *
     * @return false if it was not (nothing is written)
     */
    boolean update(Lead lead, long expectedVersion);

    /** The tenant's leads by lead id; the cursor is the last id of the previous page. */
    Page<Lead> list(TenantId tenantId, PageRequest request);

    /** The leads converted into the customer, by lead id. */
    List<Lead> ofCustomer(TenantId tenantId, CustomerId customerId);
}
