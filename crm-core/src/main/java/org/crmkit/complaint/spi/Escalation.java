package org.crmkit.complaint.spi;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import org.crmkit.complaint.Assignee;
import org.jspecify.annotations.Nullable;

/**
 * An escalation rule's decision: raise the case to at least {@code level}, optionally hand it to
 * someone else. A level at or below the current one changes nothing unless it reassigns.
 *
 * @param level the level the case should reach, at least 1
 * @param reassignTo the new assignee, or null to keep the current one
 * @param reason why, for the audit trail, the event and the notice
 * @since 0.1
 */
public record Escalation(int level, @Nullable Assignee reassignTo, String reason) {

    /** Checks and normalises the components as the record's description says. */
    public Escalation {
        checkArgument(level >= 1, "level must be >= 1 but was %s", level);
        checkNotNull(reason, "reason");
    }

    /** Raise to {@code level}, keep the assignee. */
    public static Escalation toLevel(int level, String reason) {
        return new Escalation(level, null, reason);
    }
}
