package org.crmkit.tier.spi;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.crmkit.tier.Tier;
import org.crmkit.tier.TierOverride;

/**
 * What a {@link TierPolicy} sees of a member when it decides.
 *
 * @param tiers the ladder's tiers, lowest first
 * @param rank the position of the member's earned tier in {@code tiers}, lowest 0
 * @param metric the qualifying metric at {@code at}, >= 0
 * @param lastUpgrade when the member last moved up (or joined)
 * @param joinedOn the day the member joined, in the ladder's zone
 * @param at the moment of the decision: now, or an assessment day's midnight
 * @param zone the ladder's zone
 * @param override the manual override in force at {@code at}, or null (it hides the earned tier, not replaces it)
 * @since 0.1
 */
public record MemberStanding(
        List<Tier> tiers, int rank, long metric, Instant lastUpgrade, LocalDate joinedOn, Instant at, ZoneId zone, TierOverride override) {

    /** Checks and normalises the components as the record's description says. */
    public MemberStanding {
        tiers = List.copyOf(checkNotNull(tiers, "tiers"));
        checkArgument(rank >= 0 && rank < tiers.size(), "rank must be within 0 and %s but was %s", tiers.size() - 1, rank);
        checkArgument(metric >= 0, "metric must be >= 0 but was %s", metric);
        checkNotNull(lastUpgrade, "lastUpgrade");
        checkNotNull(joinedOn, "joinedOn");
        checkNotNull(at, "at");
        checkNotNull(zone, "zone");
    }

    /** The member's earned tier. */
    public Tier tier() {
        return tiers.get(rank);
    }

    /** The position of the highest tier whose threshold {@link #metric} reaches. */
    public int earnedRank() {
        int earned = 0;
        for (int i = 0; i < tiers.size(); i++) {
            if (metric >= tiers.get(i).threshold()) {
                earned = i;
            }
        }
        return earned;
    }
}
