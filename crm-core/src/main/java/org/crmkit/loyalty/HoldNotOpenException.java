package org.crmkit.loyalty;

import org.crmkit.shared.RuleViolationException;

/**
 * A hold was committed or released after it was already committed, released or timed out.
 *
 * @since 0.1
 */
public class HoldNotOpenException extends RuleViolationException {

    /** See {@link #holdId()}. */
    private final String holdId;
    /** See {@link #status()}. */
    private final HoldStatus status;

    /** The hold is no longer open; {@code detail} says more, or is empty. */
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
