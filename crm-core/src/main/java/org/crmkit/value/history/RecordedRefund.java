package org.crmkit.value.history;

import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A refund as the purchase history stored it.
 *
 * @param orderId the purchase refunded
 * @param amount how much, in the purchase's currency
 * @param refundedAt when
 * @since 0.1
 */
public record RecordedRefund(String orderId, BigDecimal amount, Instant refundedAt) {

    /** Checks that nothing is missing. */
    public RecordedRefund {
        checkNotNull(orderId, "orderId");
        checkNotNull(amount, "amount");
        checkNotNull(refundedAt, "refundedAt");
    }
}
