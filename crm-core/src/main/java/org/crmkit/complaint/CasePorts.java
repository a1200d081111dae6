package org.crmkit.complaint;

import static com.google.common.base.Preconditions.checkNotNull;

import org.crmkit.customer.CustomerRepository;
import org.crmkit.value.history.Purchases;

/**
 * The storage ports {@link ComplaintService} needs.
 *
 * @since 0.1
 */
public record CasePorts(Cases cases, CasePolicies policies, Surveys surveys, CustomerRepository customers, Purchases purchases) {

    /** Checks and normalises the components as the record's description says. */
    public CasePorts {
        checkNotNull(cases, "cases");
        checkNotNull(policies, "policies");
        checkNotNull(surveys, "surveys");
        checkNotNull(customers, "customers");
        checkNotNull(purchases, "purchases");
    }
}
