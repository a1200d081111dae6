package org.crmkit.tier;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;

/**
 * A tier set by hand, which wins over the metric until it expires.
 *
 * @param tierCode the tier
 * @param reason why, 1 to 500 characters
 * @param actor who, 1 to 100 characters
 * @param until when it expires
 * @since 0.1
 */
public record TierOverride(String tierCode, String reason, String actor, Instant until) {

    /** Checks and normalises the components as the record's description says. */
    public TierOverride {
        checkNotNull(tierCode, "tierCode");
        checkNotNull(reason, "reason");
        checkArgument(!reason.isBlank(), "an override needs a reason");
        checkNotNull(actor, "actor");
        checkArgument(!actor.isBlank(), "an override needs an actor");
        checkNotNull(until, "until");
    }

    /** True if the override is still in force at {@code now}. */
    public boolean isActiveAt(Instant now) {
        return now.isBefore(until);
    }
}
