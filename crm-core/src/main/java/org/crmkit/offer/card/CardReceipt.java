package org.crmkit.offer.card;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.util.List;
import org.crmkit.shared.Money;
import org.jspecify.annotations.Nullable;

/**
 * What a card operation did. Replaying its idempotency key returns this same receipt and changes
 * nothing.
 *
 * @param operationKey the idempotency key
 * @param operation {@code ISSUE}, {@code TOP_UP}, {@code PAY}, {@code REFUND} or {@code TRANSFER}
 * @param cardId the card acted on (for a transfer, the giving card)
 * @param amount the money moved
 * @param counterpartCardId the receiving card of a transfer, else null
 * @param entryIds the ledger entries written
 * @param balanceAfter the card's balance right after (for a transfer, the giving card's)
 * @param at when it ran
 * @since 0.2
 */
public record CardReceipt(
        String operationKey, String operation, String cardId, Money amount, @Nullable String counterpartCardId, List<String> entryIds,
        Money balanceAfter, Instant at) {

    /** Checks and copies the components. */
    public CardReceipt {
        checkNotNull(operationKey, "operationKey");
        checkNotNull(operation, "operation");
        checkNotNull(cardId, "cardId");
        checkNotNull(amount, "amount");
        entryIds = List.copyOf(entryIds);
        checkNotNull(balanceAfter, "balanceAfter");
        checkNotNull(at, "at");
    }
}
