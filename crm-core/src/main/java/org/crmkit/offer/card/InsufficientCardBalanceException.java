package org.crmkit.offer.card;

import org.crmkit.shared.Money;
import org.crmkit.shared.RuleViolationException;

/**
 * A payment or transfer asked for more than the card's balance; nothing was written.
 *
 * @since 0.2
 */
public class InsufficientCardBalanceException extends RuleViolationException {

    /** See {@link #cardId()}. */
    private final String cardId;
    /** See {@link #requested()}. */
    private final Money requested;
    /** See {@link #balance()}. */
    private final Money balance;

    /** Names the card, what was asked and what it holds. */
    public InsufficientCardBalanceException(String cardId, Money requested, Money balance) {
        super("card " + cardId + " cannot give " + requested + ": its balance is " + balance);
        this.cardId = cardId;
        this.requested = requested;
        this.balance = balance;
    }

    /** The card. */
    public String cardId() {
        return cardId;
    }

    /** What was asked. */
    public Money requested() {
        return requested;
    }

    /** What the card held. */
    public Money balance() {
        return balance;
    }
}
