package org.crmkit.complaint;

import java.util.Set;
import org.crmkit.shared.RuleViolationException;

/**
 * A status change the case workflow does not allow. Names the legal ones.
 *
 * @since 0.1
 */
public class IllegalCaseTransitionException extends RuleViolationException {

    /** See {@link #caseId()}. */
    private final CaseId caseId;
    /** See {@link #from()}. */
    private final CaseStatus from;
    /** See {@link #to()}. */
    private final CaseStatus to;

    /** The workflow does not allow moving the case from {@code from} to {@code to}. */
    public IllegalCaseTransitionException(CaseId caseId, String number, CaseStatus from, CaseStatus to) {
        super("case " + number + " cannot move from " + from + " to " + to + "; from " + from
                + (from.next().isEmpty() ? " it cannot move at all, it is final" : " it can move to " + from.next()));
        this.caseId = caseId;
        this.from = from;
        this.to = to;
    }

    /** The case. */
    public CaseId caseId() {
        return caseId;
    }

    /** Its current status. */
    public CaseStatus from() {
        return from;
    }

    /** The refused status. */
    public CaseStatus to() {
        return to;
    }

    /** The statuses that would have been accepted. */
    public Set<CaseStatus> allowed() {
        return from.next();
    }
}
