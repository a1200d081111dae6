package org.crmkit.value;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Optional;
import org.crmkit.customer.LifecycleStage;

/**
 * P(alive) bands that suggest a lifecycle stage: below {@code churned} a customer is probably gone,
 * below {@code atRisk} probably leaving.
 *
 * @since 0.1
 */
public record ChurnBands(double atRisk, double churned) {

    /** At risk below 0.5, churned below 0.2. */
    public static final ChurnBands DEFAULT = new ChurnBands(0.5, 0.2);

    /**
     * Checks the bands.
     *
     * @throws IllegalArgumentException unless 0 &lt; churned &lt; atRisk ≤ 1
     */
    public ChurnBands {
        checkArgument(churned > 0 && churned < atRisk && atRisk <= 1, "bands must satisfy 0 < churned < atRisk <= 1 but were %s and %s",
                churned, atRisk);
    }

    /** The stage P(alive) suggests, or empty if it suggests none (the customer looks alive). */
    public Optional<LifecycleStage> stageFor(double pAlive) {
        if (pAlive < churned) {
            return Optional.of(LifecycleStage.CHURNED);
        }
        return pAlive < atRisk ? Optional.of(LifecycleStage.AT_RISK) : Optional.empty();
    }
}
