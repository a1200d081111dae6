package org.crmkit.complaint;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import org.crmkit.shared.ProgrammeId;
import org.jspecify.annotations.Nullable;

/**
 * How a case was resolved.
 *
 * @param outcome what was done
 * @param summary what was agreed, or for {@link ResolutionOutcome#REJECTED} why not
 * @param goodwillPoints points granted with it (0 for none)
 * @param programmeId the programme the points went to, or null when none were granted
 * @param pointsEntry the ledger operation key of the grant, or null
 * @param actor who resolved it
 * @param at when
 * @param round 1 for the first resolution, 2 after one reopen, ...
 * @since 0.1
 */
public record Resolution(
        ResolutionOutcome outcome, String summary, long goodwillPoints, @Nullable ProgrammeId programmeId, @Nullable String pointsEntry, String actor,
        Instant at, int round) {

    /** Checks and normalises the components as the record's description says. */
    public Resolution {
        checkNotNull(outcome, "outcome");
        checkNotNull(summary, "summary");
        checkArgument(goodwillPoints >= 0, "goodwillPoints must be >= 0 but was %s", goodwillPoints);
        checkNotNull(actor, "actor");
        checkNotNull(at, "at");
        checkArgument(round >= 1, "round must be >= 1 but was %s", round);
    }
}
