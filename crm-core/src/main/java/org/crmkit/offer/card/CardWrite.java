package org.crmkit.offer.card;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import java.util.Optional;
import org.crmkit.shared.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * Everything one card operation changed, handed to {@link StoredValueCards#write} at once.
 *
 * @param tenantId the tenant of every item
 * @param cards changed card rows, each one version up from the stored one
 * @param entries new entries
 * @param payments new payments, or payments with more refunded
 * @param receipt the operation's receipt, or null for work without an idempotency key (expiry)
 * @since 0.2
 */
public record CardWrite(
        TenantId tenantId, List<StoredValueCard> cards, List<CardEntry> entries, List<CardPayment> payments,
        @Nullable StoredCardReceipt receipt) {

    /** Checks and copies the components. */
    public CardWrite {
        checkNotNull(tenantId, "tenantId");
        cards = List.copyOf(cards);
        entries = List.copyOf(entries);
        payments = List.copyOf(payments);
    }

    /** The receipt, if the operation had an idempotency key. */
    public Optional<StoredCardReceipt> receiptValue() {
        return Optional.ofNullable(receipt);
    }
}
