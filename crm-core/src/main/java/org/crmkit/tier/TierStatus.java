package org.crmkit.tier;

import java.time.Instant;
import java.util.List;
import org.crmkit.earning.Contribution;
import org.jspecify.annotations.Nullable;

/**
 * A member's tier as the host shows it.
 *
 * @param tier the effective tier (an active override wins)
 * @param earnedTierCode the tier the metric earned
 * @param metric the qualifying metric now
 * @param since when the member entered the earned tier
 * @param retainedUntil until when the earned tier is kept whatever the metric (retention), or null
 * @param override the active override, or null
 * @param outlook what the next assessment will do, or null if the policy names no assessment day in the next four years
 * @param metricExplanation how the metric was counted, from the qualifying metric
 * @param growthEarned for a purchase just recorded: the growth value each earning rule gave it; else empty
 * @since 0.1
 */
public record TierStatus(
        Tier tier, String earnedTierCode, long metric, Instant since, @Nullable Instant retainedUntil, @Nullable TierOverride override, @Nullable TierOutlook outlook,
        String metricExplanation, List<Contribution> growthEarned) {

    /** Checks and normalises the components as the record's description says. */
    public TierStatus {
        growthEarned = growthEarned == null ? List.of() : List.copyOf(growthEarned);
    }
}
