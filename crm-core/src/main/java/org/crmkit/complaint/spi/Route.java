package org.crmkit.complaint.spi;

import static com.google.common.base.Preconditions.checkNotNull;

import org.crmkit.complaint.Assignee;

/**
 * A router's answer: who gets the case, and why (kept in the audit trail).
 *
 * @since 0.1
 */
public record Route(Assignee assignee, String explanation) {

    /** Checks and normalises the components as the record's description says. */
    public Route {
        checkNotNull(assignee, "assignee");
        checkNotNull(explanation, "explanation");
    }
}
