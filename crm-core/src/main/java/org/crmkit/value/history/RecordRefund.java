package org.crmkit.value.history;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.Money;
import org.crmkit.shared.TenantId;
import org.crmkit.shared.TextRules;
import org.jspecify.annotations.Nullable;

/**
 * Money returned for a recorded purchase. Idempotent by refund id. It lowers the customer's
 * totals, reverses the points the refunded part earned and takes it off the tier metric, all in
 * the purchase's programme.
 *
 * @param orderId the purchase refunded; it must belong to {@code customerId}
 * @param refundId unique per tenant, 1 to 64 printable ASCII characters
 * @param refunded more than zero, in the purchase's currency, at most what is left unrefunded
 * @param refundedAt when, not before the purchase and not after now; null for now
 * @since 0.1
 */
public record RecordRefund(
        @NotNull TenantId tenantId,
        @NotNull CustomerId customerId,
        @NotNull @Size(min = 1, max = 64) @Pattern(regexp = TextRules.PRINTABLE_ASCII, message = TextRules.PRINTABLE_ASCII_MESSAGE) String orderId,
        @NotNull @Size(min = 1, max = 64) @Pattern(regexp = TextRules.PRINTABLE_ASCII, message = TextRules.PRINTABLE_ASCII_MESSAGE) String refundId,
        @NotNull Money refunded,
        @Nullable Instant refundedAt) {

    /** A refund now. */
    public static RecordRefund of(TenantId tenantId, CustomerId customerId, String orderId, String refundId, Money refunded) {
        return new RecordRefund(tenantId, customerId, orderId, refundId, refunded, null);
    }

    /** This refund, made at {@code at}. */
    public RecordRefund at(Instant at) {
        return new RecordRefund(tenantId, customerId, orderId, refundId, refunded, at);
    }
}
