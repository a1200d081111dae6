package org.crmkit.loyalty;

import org.crmkit.shared.RuleViolationException;

/**
 * A hold was committed or released after it was already committed, released or timed out.
 *
 * @since 0.1
 */
public class HoldNotOpenException extends RuleViolationException {

    private final String holdId;
    private final HoldStatus status;

    public HoldNotOpenException(String holdId, HoldStatus status, String detail) {
        super("hold " + holdId + " is " + status + ", not OPEN" + detail + "; place a new hold");
        this.holdId = holdId;
        this.status = status;
    }

    /** The hold. */
    public String holdId() {
        return holdId;
    }

    /** Its status. */
    public HoldStatus status() {
        return status;
    }
}
