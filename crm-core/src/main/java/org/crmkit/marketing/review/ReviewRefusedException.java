package org.crmkit.marketing.review;

import org.crmkit.shared.RuleViolationException;

/**
 * A review that may not be written: the customer did not buy the product in that order. The message
 * says what was asked and why it was refused. Nothing was written.
 *
 * @since 0.2
 */
public class ReviewRefusedException extends RuleViolationException {

    /** A review refused for the reason {@code message} gives. */
    public ReviewRefusedException(String message) {
        super(message);
    }
}
