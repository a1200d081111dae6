package org.crmkit.tier;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;

/**
 * A membership locked until the end of the unit of work, with what recording a fact about the
 * member reads next: the member's facts and the sequence of their last history line ({@link
 * Memberships#lockWithFacts}).
 *
 * @param membership the locked membership
 * @param facts the member's facts, oldest first
 * @param lastSequence the sequence of the member's last history line, 0 if they have none
 * @since 0.2
 */
public record LockedMembership(Membership membership, List<MetricFact> facts, long lastSequence) {

    /** Copies {@code facts}. */
    public LockedMembership {
        checkNotNull(membership, "membership");
        facts = List.copyOf(facts);
        checkArgument(lastSequence >= 0, "lastSequence must not be negative: %s", lastSequence);
    }
}
