package org.crmkit.complaint;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The customer's rating of how a case was handled (CSAT).
 *
 * @param score 1 (very unhappy) to 5 (very happy)
 * @param comment free text, or null
 * @param at when it was recorded
 * @param round the resolution round it rates
 * @since 0.1
 */
public record Satisfaction(int score, @Nullable String comment, Instant at, int round) {

    /** Checks and normalises the components as the record's description says. */
    public Satisfaction {
        checkArgument(score >= 1 && score <= 5, "score must be 1 to 5 but was %s", score);
        checkNotNull(at, "at");
    }
}
