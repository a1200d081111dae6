package org.crmkit.sales;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.Page;
import org.crmkit.shared.PageRequest;
import org.crmkit.shared.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * Port: the storage of opportunities, their append-only stage histories and each tenant's funnel.
 * Every method takes part in the storage's unit of work.
 *
 * @since 0.2
 */
public interface Opportunities {

    /**
     * Stores a new opportunity with its opening step unless the tenant has one with its id or its
     * creation key (after waiting for a concurrent insert of either to commit or roll back).
     *
     * @return true if this call stored it
     */
    boolean insert(Opportunity opportunity, StageChange opening);

    /** The opportunity, if it is in the tenant. */
    Optional<Opportunity> find(TenantId tenantId, String opportunityId);

    /** The opportunity opened under {@code creationKey}, if any. */
    Optional<Opportunity> findByKey(TenantId tenantId, String creationKey);

    /**
     * Replaces the opportunity if it is still at {@code expectedVersion}, appending {@code change}
     * to its history if not null.
     *
     * @return false if it was not at that version (nothing is written)
     */
    boolean update(Opportunity opportunity, long expectedVersion, @Nullable StageChange change);

    /** The tenant's opportunities by id; the cursor is the last id of the previous page. */
    Page<Opportunity> list(TenantId tenantId, PageRequest request);

    /** The customer's opportunities, by id. */
    List<Opportunity> ofCustomer(TenantId tenantId, CustomerId customerId);

    /** The stage histories of the given opportunities of the tenant, by opportunity id and sequence. */
    List<StageChange> histories(TenantId tenantId, Collection<String> opportunityIds);

    /** The tenant's funnel, if it defined one. */
    Optional<SalesFunnel> funnel(TenantId tenantId);

    /** Stores the tenant's funnel, replacing the one it had. */
    void saveFunnel(SalesFunnel funnel);
}
