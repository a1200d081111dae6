package org.crmkit.complaint;

import org.crmkit.shared.RuleViolationException;

/**
 * A satisfaction survey the case cannot take: it is not resolved yet, or this resolution was
 * already rated differently.
 *
 * @since 0.1
 */
public class SurveyRefusedException extends RuleViolationException {

    /** See {@link #caseId()}. */
    private final CaseId caseId;
    /** See {@link #status()}. */
    private final CaseStatus status;

    /** A survey cannot be recorded for the case, because {@code why}. */
    public SurveyRefusedException(CaseId caseId, String number, CaseStatus status, String why) {
        super("case " + number + " (" + status + ") cannot take a satisfaction survey: " + why);
        this.caseId = caseId;
        this.status = status;
    }

    /** The case. */
    public CaseId caseId() {
        return caseId;
    }

    /** Its status when the survey came. */
    public CaseStatus status() {
        return status;
    }
}
