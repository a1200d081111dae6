package org.crmkit.value.history;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.TenantId;
import org.crmkit.shared.TextRules;
import org.jspecify.annotations.Nullable;

/**
 * A paid order cancelled: everything left unrefunded goes back, so the order earns nothing and
 * counts towards nothing it fed. It is recorded as a refund with the id {@value #REFUND_ID_PREFIX}
 * followed by the order id, so an order is cancelled once; cancelling again is a replay.
 *
 * @param orderId the purchase cancelled; it must belong to {@code customerId} and have something
 *     left unrefunded
 * @param cancelledAt when, not before the purchase and not after now; null for now
 * @since 0.1
 */
public record CancelOrder(
        @NotNull TenantId tenantId,
        @NotNull CustomerId customerId,
        @NotNull @Size(min = 1, max = 64) @Pattern(regexp = TextRules.PRINTABLE_ASCII, message = TextRules.PRINTABLE_ASCII_MESSAGE) String orderId,
        @Nullable Instant cancelledAt) {

    /** What a cancellation's refund id starts with. */
    public static final String REFUND_ID_PREFIX = "cancel:";

    /** A cancellation now. */
    public static CancelOrder of(TenantId tenantId, CustomerId customerId, String orderId) {
        return new CancelOrder(tenantId, customerId, orderId, null);
    }

    /** This cancellation, made at {@code at}. */
    public CancelOrder at(Instant at) {
        return new CancelOrder(tenantId, customerId, orderId, at);
    }

    /** The refund id the cancellation is recorded under. */
    public String refundId() {
        return REFUND_ID_PREFIX + orderId;
    }
}
