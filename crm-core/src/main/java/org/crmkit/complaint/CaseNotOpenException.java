package org.crmkit.complaint;

import java.util.Arrays;
import org.crmkit.shared.RuleViolationException;

/**
 * Work asked of a case that is resolved, closed or cancelled (responding, reassigning, escalating).
 *
 * @since 0.1
 */
public class CaseNotOpenException extends RuleViolationException {

    /** See {@link #caseId()}. */
    private final CaseId caseId;
    /** See {@link #status()}. */
    private final CaseStatus status;

    /** A case that is not open was asked to do {@code what}. */
    public CaseNotOpenException(CaseId caseId, String number, CaseStatus status, String what) {
        super("case " + number + " is " + status + ": cannot " + what + "; only cases in " + openStatuses()
                + " take work (reopen a resolved case first, within the reopen window)");
        this.caseId = caseId;
        this.status = status;
    }

    /** The case. */
    public CaseId caseId() {
        return caseId;
    }

    /** Its status. */
    public CaseStatus status() {
        return status;
    }

    private static String openStatuses() {
        return Arrays.stream(CaseStatus.values()).filter(CaseStatus::isOpen).toList().toString();
    }
}
