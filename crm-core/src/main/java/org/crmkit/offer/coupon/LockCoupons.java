package org.crmkit.offer.coupon;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.util.List;
import org.crmkit.offer.Cart;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.TenantId;
import org.crmkit.shared.TextRules;
import org.jspecify.annotations.Nullable;

/**
 * Locks coupons for an order at checkout: all of them or none. Commit the lock when the order is
 * paid, release it when it is cancelled; an uncommitted lock releases itself after its time to live.
 *
 * @param idempotencyKey unique per tenant, 1 to 128 printable ASCII characters: a replay returns the
 *     first lock
 * @param orderReference the order, 1 to 128 characters; an order has at most one lock open or committed
 * @param cart the cart at the prices the coupons apply to (member prices, if any)
 * @param tierCode the customer's tier code, or null
 * @param coupons 1 to 20 coupons, in the customer's order of preference
 * @param ttl how long the lock lives, from 1 second to 7 days
 * @since 0.2
 */
public record LockCoupons(
        @NotNull TenantId tenantId,
        @NotNull CustomerId customerId,
        @NotNull @Size(min = 1, max = 128) @Pattern(regexp = TextRules.PRINTABLE_ASCII, message = TextRules.PRINTABLE_ASCII_MESSAGE)
                String idempotencyKey,
        @NotBlank @Size(max = 128) String orderReference,
        @NotNull @Valid Cart cart,
        @Size(min = 1, max = 64) @Nullable String tierCode,
        @NotNull @Size(min = 1, max = 20) List<@NotNull CouponId> coupons,
        @NotNull Duration ttl) {

    /** Copies the coupon list. */
    public LockCoupons {
        coupons = coupons == null ? null : List.copyOf(coupons);
    }
}
