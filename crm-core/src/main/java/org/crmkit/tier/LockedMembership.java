package org.crmkit.tier;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import java.util.Map;

/**
 * A membership locked until the end of the unit of work, with what recording a fact about the
 * member reads next: the member's facts, the sequence of their last history line, whether the
 * fact's key is free and the counters the fact's rating locks ({@link Memberships#lockWithFacts}).
 *
 * @param membership the locked membership
 * @param facts the member's facts, oldest first
 * @param lastSequence the sequence of the member's last history line, 0 if they have none, or
 *     {@link #UNREAD} where the store did not read it with the lock
 * @param counters the values of the tenant's counters locked with the membership, by name (those
 *     asked for that exist, where the store reads them in the same round trip; otherwise none)
 * @param factKeyFree whether the tenant had no fact under the key asked for (of any member), read
 *     after the lock; false when none was asked for or the store did not read it
 * @since 0.2
 */
public record LockedMembership(Membership membership, List<MetricFact> facts, long lastSequence, Map<String, Long> counters,
        boolean factKeyFree) {

    /** {@link #lastSequence()} of a store that did not read it with the lock. */
    public static final long UNREAD = -1;

    /** Copies {@code facts} and {@code counters}. */
    public LockedMembership {
        checkNotNull(membership, "membership");
        facts = List.copyOf(facts);
        checkArgument(lastSequence >= UNREAD, "lastSequence must be a sequence or UNREAD: %s", lastSequence);
        counters = Map.copyOf(counters);
    }

    /** A locked membership read without counters or a fact key. */
    public LockedMembership(Membership membership, List<MetricFact> facts, long lastSequence) {
        this(membership, facts, lastSequence, Map.of(), false);
    }
}
