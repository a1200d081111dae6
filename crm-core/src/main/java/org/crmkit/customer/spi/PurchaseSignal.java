package org.crmkit.customer.spi;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import org.crmkit.customer.LifecycleStage;
import org.jspecify.annotations.Nullable;

/**
 * A purchase just recorded, as a lifecycle policy sees it.
 *
 * @param stage the customer's stage before the purchase
 * @param orders the customer's orders so far, this one included (refunded ones too)
 * @param purchasedAt when this purchase was paid
 * @param previousPurchaseAt the latest purchase before this one, or null if it is the first
 * @since 0.1
 */
public record PurchaseSignal(LifecycleStage stage, long orders, Instant purchasedAt, @Nullable Instant previousPurchaseAt) {

    /** Checks and normalises the components as the record's description says. */
    public PurchaseSignal {
        checkNotNull(stage, "stage");
        checkArgument(orders >= 1, "orders must be >= 1 but was %s", orders);
        checkNotNull(purchasedAt, "purchasedAt");
    }

    /** True if this is the customer's first purchase. */
    public boolean first() {
        return orders == 1;
    }
}
