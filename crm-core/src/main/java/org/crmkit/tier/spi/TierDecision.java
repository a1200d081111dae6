package org.crmkit.tier.spi;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;

/**
 * What an assessment does to a member.
 *
 * @param rank the position of the tier the member holds afterwards (higher: upgraded, lower: downgraded)
 * @param retainedUntil set when the member keeps a tier the metric no longer reaches (retention): until when; else null
 * @param explanation why, in words; written to the history line of a change
 * @since 0.1
 */
public record TierDecision(int rank, Instant retainedUntil, String explanation) {

    /** Checks and normalises the components as the record's description says. */
    public TierDecision {
        checkArgument(rank >= 0, "rank must be >= 0 but was %s", rank);
        checkNotNull(explanation, "explanation");
    }

    /** The member stays where they are. */
    public static TierDecision keep(int rank, String explanation) {
        return new TierDecision(rank, null, explanation);
    }

    /** The member moves to {@code rank}. */
    public static TierDecision moveTo(int rank, String explanation) {
        return new TierDecision(rank, null, explanation);
    }

    /** The member keeps {@code rank} although the metric no longer reaches it, until {@code until}. */
    public static TierDecision retain(int rank, Instant until, String explanation) {
        return new TierDecision(rank, checkNotNull(until, "until"), explanation);
    }
}
