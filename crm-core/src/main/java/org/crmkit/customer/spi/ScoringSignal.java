package org.crmkit.customer.spi;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.util.OptionalDouble;
import org.crmkit.customer.LifecycleStage;

/**
 * A scored customer, as a lifecycle policy sees them.
 *
 * @param stage the customer's stage now
 * @param lastPurchaseAt the customer's latest purchase up to the observation end
 * @param asOf the scoring run's observation end
 * @param pAlive the probability that the customer is still buying, when the run could fit its
 *     models; empty otherwise
 * @since 0.1
 */
public record ScoringSignal(LifecycleStage stage, Instant lastPurchaseAt, Instant asOf, OptionalDouble pAlive) {

    /** Checks and normalises the components as the record's description says. */
    public ScoringSignal {
        checkNotNull(stage, "stage");
        checkNotNull(lastPurchaseAt, "lastPurchaseAt");
        checkNotNull(asOf, "asOf");
        checkNotNull(pAlive, "pAlive");
        checkArgument(pAlive.isEmpty() || (pAlive.getAsDouble() >= 0 && pAlive.getAsDouble() <= 1), "pAlive must be in [0, 1] but was %s", pAlive);
    }
}
