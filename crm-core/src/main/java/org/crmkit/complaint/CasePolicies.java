package org.crmkit.complaint;

import java.util.Optional;
import org.crmkit.shared.TenantId;

/**
 * Port: each tenant's {@link CasePolicy}. Takes part in the storage's unit of work.
 *
 * @since 0.1
 */
public interface CasePolicies {

    /** Stores or replaces the tenant's policy. */
    void save(CasePolicy policy);

    /** The tenant's policy, if one was saved. */
    Optional<CasePolicy> find(TenantId tenantId);
}
