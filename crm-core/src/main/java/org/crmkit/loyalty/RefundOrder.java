package org.crmkit.loyalty;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.Money;
import org.crmkit.shared.ProgrammeId;
import org.crmkit.shared.TenantId;

/**
 * Claws back the points of a refunded order in proportion to the refunded amount: points =
 * floor(points the order earned x refunded / order total). Pending points are cancelled first,
 * then the order's available lots; what was already spent is handled by the programme's {@link
 * DebtPolicy}. Refunds of one order add up; together they may not exceed the order total.
 *
 * @param orderId the refunded order
 * @param orderTotal what the order paid, as given when it earned, at most 10^12 units
 * @param refunded the amount refunded now, more than zero and at most the order total
 * @since 0.1
 */
public record RefundOrder(
        @NotNull TenantId tenantId,
        @NotNull CustomerId customerId,
        @NotNull ProgrammeId programmeId,
        @NotNull @Size(min = 1, max = 128) @Pattern(regexp = Keys.PATTERN, message = Keys.MESSAGE) String idempotencyKey,
        @NotBlank @Size(max = 64) String orderId,
        @NotNull Money orderTotal,
        @NotNull Money refunded) {}
