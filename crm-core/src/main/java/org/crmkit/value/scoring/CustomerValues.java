package org.crmkit.value.scoring;

import java.util.List;
import java.util.Optional;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.Page;
import org.crmkit.shared.PageRequest;
import org.crmkit.shared.TenantId;

/**
 * Port: the latest {@link CustomerValue} of each scored customer. Every method joins the storage's
 * current unit of work.
 *
 * @since 0.1
 */
public interface CustomerValues {

    /** Stores these values, replacing each customer's earlier one. */
    void saveAll(List<CustomerValue> values);

    /** A customer's latest value, if scored. */
    Optional<CustomerValue> find(TenantId tenantId, CustomerId customerId);

    /** Every scored customer of the tenant, in customer id order. */
    Page<CustomerValue> page(TenantId tenantId, PageRequest request);
}
