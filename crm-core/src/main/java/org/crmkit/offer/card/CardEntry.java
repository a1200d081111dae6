package org.crmkit.offer.card;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import org.crmkit.shared.Money;
import org.crmkit.shared.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * One line of a card's ledger: never changed or removed once written.
 *
 * @param tenantId the tenant
 * @param cardId the card
 * @param sequence the card's version after the operation; increasing, so statements page by it
 * @param entryId a unique id
 * @param type what happened; its {@link CardEntryType#direction() direction} says credit or debit
 * @param amount the money moved, not negative (zero only for a card issued empty)
 * @param operationKey the idempotency key of the operation (for expiry, {@code expiry:<card id>})
 * @param reference the order (pay), the refunded payment's key (refund) or the other card
 *     (transfers), else null
 * @param balanceAfter the card's balance right after the entry
 * @param at when it was written
 * @since 0.2
 */
public record CardEntry(
        TenantId tenantId, String cardId, long sequence, String entryId, CardEntryType type, Money amount, String operationKey,
        @Nullable String reference, Money balanceAfter, Instant at) {

    /** Checks the components as the record's description says. */
    public CardEntry {
        checkNotNull(tenantId, "tenantId");
        checkNotNull(cardId, "cardId");
        checkNotNull(entryId, "entryId");
        checkNotNull(type, "type");
        checkNotNull(operationKey, "operationKey");
        checkNotNull(at, "at");
        checkArgument(!amount.isNegative(), "an entry's amount must not be negative but was %s", amount);
        checkArgument(!balanceAfter.isNegative(), "a balance must not be negative but was %s", balanceAfter);
    }

    /** The amount with its sign: positive for a credit, negative for a debit. */
    public Money signedAmount() {
        return type.direction() > 0 ? amount : Money.zero(amount.currency()).minus(amount);
    }
}
