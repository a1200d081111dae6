package org.crmkit.complaint;

import java.time.Duration;
import java.time.Instant;
import org.crmkit.shared.RuleViolationException;

/**
 * A reopen asked for after the tenant's reopen window had ended; open a new case instead.
 *
 * @since 0.1
 */
public class ReopenWindowClosedException extends RuleViolationException {

    /** See {@link #caseId()}. */
    private final CaseId caseId;
    /** When the reopen window ended. */
    private final Instant closedAt;

    /** The case was resolved at {@code resolvedAt} and may be reopened only within {@code window}. */
    public ReopenWindowClosedException(CaseId caseId, String number, Instant resolvedAt, Duration window) {
        super("case " + number + " was resolved at " + resolvedAt + " and could be reopened within " + window + ", until "
                + resolvedAt.plus(window) + "; open a new case instead");
        this.caseId = caseId;
        this.closedAt = resolvedAt.plus(window);
    }

    /** The case. */
    public CaseId caseId() {
        return caseId;
    }

    /** When the reopen window ended. */
    public Instant windowEndedAt() {
        return closedAt;
    }
}
