package org.crmkit.loyalty;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.crmkit.earning.EarningOrder;
import org.crmkit.earning.OrderLine;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.Money;
import org.crmkit.shared.ProgrammeId;
import org.crmkit.shared.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * A paid order to earn points for. Its points stay pending for the programme's pending period
 * (the return window).
 *
 * @param tenantId the tenant
 * @param customerId the buyer
 * @param programmeId the programme
 * @param idempotencyKey unique per tenant, e.g. {@code purchase:<order id>}
 * @param orderId the order, 1 to 64 characters; refunds refer to it
 * @param paid the amount the customer paid, in the programme's currency, 0 to 10^12 units
 * @param paidAt when it was paid, not after now; null for now
 * @param lines the order lines (for category multipliers), or empty to earn on {@code paid} as a whole
 * @since 0.1
 */
public record PurchaseOrder(
        @NotNull TenantId tenantId,
        @NotNull CustomerId customerId,
        @NotNull ProgrammeId programmeId,
        @NotNull @Size(min = 1, max = 128) @Pattern(regexp = Keys.PATTERN, message = Keys.MESSAGE) String idempotencyKey,
        @NotNull @Size(min = 1, max = 64) @Pattern(regexp = Keys.PATTERN, message = Keys.MESSAGE) String orderId,
        @NotNull Money paid,
        @Nullable Instant paidAt,
        @NotNull @Size(max = 500) List<@NotNull @Valid OrderLine> lines) {

    /** An order without lines, paid now, keyed {@code purchase:<orderId>}. */
    public static PurchaseOrder of(TenantId tenantId, CustomerId customerId, ProgrammeId programmeId, String orderId, Money paid) {
        return new PurchaseOrder(tenantId, customerId, programmeId, "purchase:" + orderId, orderId, paid, null, List.of());
    }

    /** True if the order has no lines, or its lines are in the paid amount's currency and add up to it. */
    public boolean linesAddUp() {
        return earningOrder().linesAddUp();
    }

    /** The order as the earning rules see it. */
    public EarningOrder earningOrder() {
        return new EarningOrder(customerId, paid, lines);
    }
}
