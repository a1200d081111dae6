package org.crmkit.loyalty;

import org.crmkit.shared.RuleViolationException;

/**
 * A ledger operation the programme's rules refuse: outside the redemption limits, a refund beyond
 * the order total, a birthday bonus on another day, a bonus the programme does not give.
 *
 * @since 0.1
 */
public class LedgerRuleException extends RuleViolationException {

    /** A ledger rule described by {@code message} was broken. */
    public LedgerRuleException(String message) {
        super(message);
    }
}
