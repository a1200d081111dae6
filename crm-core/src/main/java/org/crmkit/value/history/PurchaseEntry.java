package org.crmkit.value.history;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What recording a purchase in the history did.
 *
 * @param purchase the purchase as stored
 * @param replay true if the order was recorded before and nothing changed
 * @param orders the customer's orders after the call, this one included
 * @param previousPurchaseAt the customer's latest purchase before this one was recorded, or null
 *     if it is their first; on a replay, the latest purchase now
 * @since 0.1
 */
public record PurchaseEntry(Purchase purchase, boolean replay, long orders, @Nullable Instant previousPurchaseAt) {

    /** Checks that the purchase is there. */
    public PurchaseEntry {
        checkNotNull(purchase, "purchase");
    }
}
