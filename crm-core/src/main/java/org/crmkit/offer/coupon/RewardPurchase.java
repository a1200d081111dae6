package org.crmkit.offer.coupon;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.crmkit.shared.CustomerId;
import org.crmkit.earning.OrderLine;
import org.crmkit.shared.Money;
import org.crmkit.shared.TenantId;
import org.crmkit.shared.TextRules;

/**
 * A paid order, as the purchase rewards ({@link PurchaseReward}) see it. The one door builds it from
 * the purchase it records; a host that records purchases elsewhere can pass it itself.
 *
 * @param orderId the order, 1 to 64 printable ASCII characters: the coupons are issued once per order
 * @param paid what the customer paid for the whole order
 * @param purchasedAt when it was paid (the rules' days are read in the tenant's zone)
 * @param lines its items with what was paid for each; may be empty when no rule counts categories
 * @since 0.2
 */
public record RewardPurchase(
        @NotNull TenantId tenantId,
        @NotNull CustomerId customerId,
        @NotNull @Size(min = 1, max = 64) @Pattern(regexp = TextRules.PRINTABLE_ASCII, message = TextRules.PRINTABLE_ASCII_MESSAGE)
                String orderId,
        @NotNull Money paid,
        @NotNull Instant purchasedAt,
        @NotNull @Size(max = 1000) List<@NotNull @Valid OrderLine> lines) {

    /** Copies the lines. */
    public RewardPurchase {
        lines = lines == null ? null : List.copyOf(lines);
    }
}
