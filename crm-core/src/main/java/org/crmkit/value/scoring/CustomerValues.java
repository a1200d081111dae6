package org.crmkit.value.scoring;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    /**
     * The scores of each of {@code customerIds} that has been scored, keyed by id (the others are
     * absent): what a segment walk reads for a page of customers. The default reads each with {@link
     * #find}; a storage overrides it with one read.
     *
     * @since 0.2
     */
    default Map<CustomerId, CustomerValue> findAll(TenantId tenantId, Collection<CustomerId> customerIds) {
        Map<CustomerId, CustomerValue> found = new LinkedHashMap<>();
        for (CustomerId id : customerIds) {
            find(tenantId, id).ifPresent(value -> found.put(id, value));
        }
        return found;
    }

    /** Every scored customer of the tenant, in customer id order. */
    Page<CustomerValue> page(TenantId tenantId, PageRequest request);
}
