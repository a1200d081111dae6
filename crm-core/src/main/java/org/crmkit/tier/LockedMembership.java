package org.crmkit.tier;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A membership locked until the end of the unit of work, with what recording a fact about the
 * member reads next: the member's facts, the sequence of their last history line, whether the
 * fact's key is free and the counters the fact's rating locks ({@link Memberships#lockWithFacts}).
 *
 * @param membership the locked membership
 * @param facts the member's facts, oldest first: all of them, or where {@code earlier} is given
 *     those dated after its {@link FactTotals#until}
 * @param lastSequence the sequence of the member's last history line, 0 if they have none, or
 *     {@link #UNREAD} where the store did not read it with the lock
 * @param counters the values of the tenant's counters locked with the membership, by name (those
 *     asked for that exist, where the store reads them in the same round trip; otherwise none)
 * @param factKeyFree whether the tenant had no fact under the key asked for (of any member), read
 *     after the lock; false when none was asked for or the store did not read it
 * @param earlier the member's other facts, summed, where the store was asked to sum the facts up
 *     to an instant and did; null where {@code facts} holds them all (since 0.3)
 * @since 0.2
 */
public record LockedMembership(Membership membership, List<MetricFact> facts, long lastSequence, Map<String, Long> counters,
        boolean factKeyFree, @Nullable FactTotals earlier) {

    /** {@link #lastSequence()} of a store that did not read it with the lock. */
    public static final long UNREAD = -1;

    /** Copies {@code facts} and {@code counters}. */
    public LockedMembership {
        checkNotNull(membership, "membership");
        facts = List.copyOf(facts);
        checkArgument(lastSequence >= UNREAD, "lastSequence must be a sequence or UNREAD: %s", lastSequence);
        counters = Map.copyOf(counters);
        if (earlier != null) {
            Instant until = earlier.until();
            checkArgument(facts.stream().allMatch(f -> f.at().isAfter(until)), "facts summed up to %s were also given one by one", until);
        }
    }

    /** A locked membership with all the member's facts one by one. */
    public LockedMembership(Membership membership, List<MetricFact> facts, long lastSequence, Map<String, Long> counters,
            boolean factKeyFree) {
        this(membership, facts, lastSequence, counters, factKeyFree, null);
    }

    /** A locked membership read without counters or a fact key. */
    public LockedMembership(Membership membership, List<MetricFact> facts, long lastSequence) {
        this(membership, facts, lastSequence, Map.of(), false, null);
    }
}
