package org.crmkit.tier;

import java.time.Instant;

/**
 * A member's tier as the host shows it.
 *
 * @param tier the effective tier (an active override wins)
 * @param earnedTierCode the tier the metric earned
 * @param metric the qualifying metric now
 * @param since when the member entered the earned tier
 * @param retainedUntil until when the earned tier is kept whatever the metric (retention), or null
 * @param override the active override, or null
 * @param outlook what the next assessment will do
 * @since 0.1
 */
public record TierStatus(
        Tier tier, String earnedTierCode, long metric, Instant since, Instant retainedUntil, TierOverride override, TierOutlook outlook) {}
