package org.crmkit.offer.coupon;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.crmkit.offer.Cart;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * Asks what coupons would do to a cart; see {@link CouponService#evaluate}.
 *
 * @param cart the cart at the prices the coupons apply to (member prices, if any)
 * @param tierCode the customer's tier code, or null
 * @param coupons 0 to 20 coupons, in the customer's order of preference
 * @since 0.2
 */
public record EvaluateCoupons(
        @NotNull TenantId tenantId,
        @NotNull CustomerId customerId,
        @NotNull @Valid Cart cart,
        @Size(min = 1, max = 64) @Nullable String tierCode,
        @NotNull @Size(max = 20) List<@NotNull CouponId> coupons) {

    /** Copies the coupon list. */
    public EvaluateCoupons {
        coupons = coupons == null ? null : List.copyOf(coupons);
    }
}
