package org.crmkit.offer.card;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import java.util.Optional;

/**
 * What a card operation read first: the cards, locked, and the receipt stored under the
 * operation's idempotency key, read once every lock was held ({@link StoredValueCards#lockWithReceipt}).
 *
 * @param cards each card asked for, in the order asked, or empty where the tenant has no card of that id
 * @param receipt the stored receipt, if the operation was done before
 * @since 0.2
 */
public record LockedCards(List<Optional<StoredValueCard>> cards, Optional<StoredCardReceipt> receipt) {

    /** Checks and normalises the components as the record's description says. */
    public LockedCards {
        cards = List.copyOf(cards);
        checkNotNull(receipt, "receipt");
    }
}
