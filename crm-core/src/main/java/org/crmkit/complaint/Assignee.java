package org.crmkit.complaint;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import org.jspecify.annotations.Nullable;
/**
 * Who works on a case: a team's queue, and optionally one agent of it.
 *
 * @param team the team (queue) code, 1 to 64 characters
 * @param agent the agent id, or null while the case waits in the team's queue
 * @since 0.1
 */
public record Assignee(String team, @Nullable String agent) {

    /** Checks and normalises the components as the record's description says. */
    public Assignee {
        checkNotNull(team, "team");
        checkArgument(!team.isBlank() && team.length() <= 64, "team must be 1 to 64 characters but was '%s'", team);
        checkArgument(agent == null || (!agent.isBlank() && agent.length() <= 64), "agent must be 1 to 64 characters but was '%s'", agent);
    }

    /** The team's queue, no agent yet. */
    public static Assignee team(String team) {
        return new Assignee(team, null);
    }

    /** An agent of a team. */
    public static Assignee of(String team, String agent) {
        return new Assignee(team, agent);
    }
}
