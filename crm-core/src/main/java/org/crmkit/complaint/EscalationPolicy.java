package org.crmkit.complaint;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * Settings of the built-in escalation rules. They raise a case to level 1 when a target is at
 * risk, when a P1 complaint opens, and when a customer's complaint is their {@code
 * repeatComplaints}-th within {@code repeatWindow}; to level 2 (and to {@code breachTeam}'s queue,
 * if set) when a target is breached; and one level up on every reopen.
 *
 * @param breachTeam the team that takes over breached cases, or null to keep the assignee
 * @param repeatComplaints how many complaints in the window make a repeat complainant, at least 2
 * @param repeatWindow the window, positive
 * @since 0.1
 */
public record EscalationPolicy(@Nullable String breachTeam, int repeatComplaints, Duration repeatWindow) {

    /** No reassignment on breach; the third complaint within 30 days escalates. */
    public static final EscalationPolicy DEFAULT = new EscalationPolicy(null, 3, Duration.ofDays(30));

    /** Checks and normalises the components as the record's description says. */
    public EscalationPolicy {
        if (breachTeam != null) {
            Assignee.team(breachTeam);
        }
        checkArgument(repeatComplaints >= 2, "repeatComplaints must be >= 2 but was %s", repeatComplaints);
        checkNotNull(repeatWindow, "repeatWindow");
        checkArgument(repeatWindow.compareTo(Duration.ZERO) > 0, "repeatWindow must be positive but was %s", repeatWindow);
    }
}
