package org.crmkit.offer.card;

import org.crmkit.shared.DomainEvent;

/**
 * Events of stored-value cards. They carry ids and amounts, never personal data; the aggregate is
 * the card.
 *
 * @since 0.2
 */
public sealed interface CardEvent extends DomainEvent
        permits CardIssued, CardToppedUp, CardPaid, CardRefunded, CardExpired, CardTransferred {

    /** The card concerned (for a transfer, the giving card). */
    String cardId();

    /** The operation that caused it. */
    String operationKey();

    @Override
    default String aggregateId() {
        return cardId();
    }
}
