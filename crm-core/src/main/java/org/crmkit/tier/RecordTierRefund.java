package org.crmkit.tier;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.Money;
import org.crmkit.shared.ProgrammeId;
import org.crmkit.shared.TenantId;
import org.crmkit.shared.TextRules;
import org.jspecify.annotations.Nullable;

/**
 * A refund that lowers the member's qualifying metric: spend by the amount refunded, growth value
 * in proportion to it (the growth the order earned x refunded / order total, rounded down; all of
 * what is left when the order is fully refunded). It never downgrades at once: downgrades wait for
 * the next assessment.
 *
 * @param orderTotal what the whole order cost, more than zero
 * @param refunded the amount refunded, more than zero and at most {@code orderTotal}, in its currency
 * @param orderFullyRefunded true if the whole order has now been refunded (it then no longer counts as an order)
 * @param refundedAt when, not after now; null for now
 * @since 0.1
 */
public record RecordTierRefund(
        @NotNull TenantId tenantId,
        @NotNull CustomerId customerId,
        @NotNull ProgrammeId programmeId,
        @NotNull @Size(min = 1, max = 128) @Pattern(regexp = TextRules.PRINTABLE_ASCII, message = TextRules.PRINTABLE_ASCII_MESSAGE) String idempotencyKey,
        @NotBlank @Size(max = 64) String orderId,
        @NotNull Money orderTotal,
        @NotNull Money refunded,
        boolean orderFullyRefunded,
        @Nullable Instant refundedAt) {}
