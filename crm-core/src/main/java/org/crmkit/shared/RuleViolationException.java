package org.crmkit.shared;

/**
 * A well-formed request that the business rules refuse, e.g. an illegal lifecycle transition or
 * spending more points than are available. Subclasses carry what was asked and what is allowed.
 *
 * @since 0.1
 */
public class RuleViolationException extends CrmException {

    /** A business rule described by {@code message} was broken. */
    public RuleViolationException(String message) {
        super(message);
    }
}
