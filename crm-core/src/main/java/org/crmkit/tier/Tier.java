package org.crmkit.tier;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * One rung of a ladder.
 *
 * @param code stable code, 1 to 32 of {@code [a-z0-9_-]} (e.g. {@code gold})
 * @param displayName what members see (e.g. 金牌会员), 1 to 64 characters
 * @param threshold the qualifying-metric value from which a member belongs here, >= 0
 * @param benefits what members get
 * @since 0.1
 */
public record Tier(String code, String displayName, long threshold, TierBenefits benefits) {

    /** Checks and normalises the components as the record's description says. */
    public Tier {
        checkNotNull(code, "code");
        checkArgument(code.matches("[a-z0-9_-]{1,32}"), "tier code must be 1 to 32 of [a-z0-9_-] but was '%s'", code);
        checkNotNull(displayName, "displayName");
        checkArgument(!displayName.isBlank() && displayName.length() <= 64, "displayName must be 1 to 64 characters");
        checkArgument(threshold >= 0, "threshold must be >= 0 but was %s", threshold);
        benefits = benefits == null ? TierBenefits.NONE : benefits;
    }

    /** A tier without special benefits. */
    public static Tier of(String code, String displayName, long threshold) {
        return new Tier(code, displayName, threshold, TierBenefits.NONE);
    }
}
