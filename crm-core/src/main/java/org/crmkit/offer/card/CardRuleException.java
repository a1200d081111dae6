package org.crmkit.offer.card;

import org.crmkit.shared.RuleViolationException;

/**
 * A card operation that the card's state does not allow: the card expired, or a refund asked for
 * more than its payment has left. The message says what was asked and what is allowed; nothing was
 * written.
 *
 * @since 0.2
 */
public class CardRuleException extends RuleViolationException {

    /** With a message naming what was asked and why it is refused. */
    public CardRuleException(String message) {
        super(message);
    }
}
