package org.crmkit.customer;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.util.OptionalDouble;
import org.crmkit.shared.CustomerId;

/**
 * One customer of a scoring run, as {@link LifecycleAutomation#afterScoring(org.crmkit.shared.TenantId, java.util.List, Instant)}
 * takes them.
 *
 * @param customerId the customer
 * @param lastPurchaseAt their latest purchase up to the run's observation end
 * @param pAlive the P(alive) the run estimated, or empty if it fitted no model
 * @since 0.2
 */
public record ScoredCustomer(CustomerId customerId, Instant lastPurchaseAt, OptionalDouble pAlive) {

    /** Checks the components. */
    public ScoredCustomer {
        checkNotNull(customerId, "customerId");
        checkNotNull(lastPurchaseAt, "lastPurchaseAt");
        checkNotNull(pAlive, "pAlive");
    }
}
