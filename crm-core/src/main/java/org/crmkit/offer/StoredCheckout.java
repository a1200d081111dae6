package org.crmkit.offer;

import static com.google.common.base.Preconditions.checkNotNull;

import org.jspecify.annotations.Nullable;

/**
 * A checkout as a storage keeps it: the held quote and the keys that made and closed it.
 *
 * @param quote the quote as held, its status the stored one ({@code HELD}, {@code COMMITTED} or {@code RELEASED})
 * @param holdKey the idempotency key of the hold
 * @param fingerprint what the hold asked for, so a replay of its key with other content is refused
 * @param closeKey the idempotency key of the commit or release, or null while held
 * @param version incremented by each change, for optimistic writes
 * @since 0.2
 */
public record StoredCheckout(CheckoutQuote quote, String holdKey, String fingerprint, @Nullable String closeKey, long version) {

    /** Checks that the components are present and the quote belongs to an order. */
    public StoredCheckout {
        checkNotNull(quote, "quote");
        checkNotNull(quote.orderReference(), "a stored checkout's quote needs an order reference");
        checkNotNull(holdKey, "holdKey");
        checkNotNull(fingerprint, "fingerprint");
    }

    /** The order reference. */
    public String orderReference() {
        return quote.orderReference();
    }
}
