package org.crmkit.value.history;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import org.crmkit.shared.Money;

/**
 * What recording a refund or a cancellation in the history did.
 *
 * @param purchase the purchase as stored after the call
 * @param replay true if the refund id was recorded before and nothing changed
 * @param refunded the amount the refund id stands for (on a replay, the amount first recorded)
 * @param refundedAt when the refund was made (on a replay, as first recorded)
 * @since 0.1
 */
public record RefundEntry(Purchase purchase, boolean replay, Money refunded, Instant refundedAt) {

    /** Checks that nothing is missing. */
    public RefundEntry {
        checkNotNull(purchase, "purchase");
        checkNotNull(refunded, "refunded");
        checkNotNull(refundedAt, "refundedAt");
    }
}
