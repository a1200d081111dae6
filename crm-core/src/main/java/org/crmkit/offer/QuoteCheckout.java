package org.crmkit.offer;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.crmkit.offer.coupon.CouponId;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.Limits;
import org.crmkit.shared.ProgrammeId;
import org.crmkit.shared.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * Asks what a basket would cost a member, without reserving anything.
 *
 * @param tenantId the tenant
 * @param customerId the buyer, a registered customer of the tenant
 * @param programmeId the loyalty programme whose tier ladder and points apply
 * @param cart the basket at list price, in the programme's currency
 * @param coupons the customer's coupons to apply, up to 20, or empty
 * @param points the points to pay with: 0 for none, null for as many as the programme's limits
 *     and the balance allow, otherwise exactly this many (at most 10^12)
 * @since 0.2
 */
public record QuoteCheckout(
        @NotNull TenantId tenantId,
        @NotNull CustomerId customerId,
        @NotNull ProgrammeId programmeId,
        @NotNull @Valid Cart cart,
        @NotNull @Size(max = 20) List<@NotNull CouponId> coupons,
        @Nullable @PositiveOrZero @Max(Limits.MAX_POINTS) Long points) {

    /** Copies the coupons; null means none. */
    public QuoteCheckout {
        coupons = coupons == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(coupons));
    }

    /** A quote without coupons. */
    public static QuoteCheckout of(TenantId tenantId, CustomerId customerId, ProgrammeId programmeId, Cart cart, @Nullable Long points) {
        return new QuoteCheckout(tenantId, customerId, programmeId, cart, List.of(), points);
    }
}
