package org.crmkit.offer;

import java.time.Instant;
import java.util.List;
import org.crmkit.offer.coupon.AppliedCoupon;
import org.crmkit.offer.coupon.RejectedCoupon;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.Money;
import org.crmkit.shared.ProgrammeId;
import org.crmkit.shared.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * What a basket costs one member, step by step: the member price of each line, then the coupons,
 * then shipping, then points as cash. {@link CheckoutService#quote} returns a preview; {@link
 * CheckoutService#hold} returns the same figures with the points and coupons reserved for the
 * order.
 *
 * <p>The amounts add up: {@code payable = memberAmount + shipping - couponDiscount - pointsCash},
 * and {@code listAmount - memberAmount} is the member-price saving.
 *
 * @param tenantId the tenant
 * @param customerId the buyer
 * @param programmeId the loyalty programme whose tier and points the quote used
 * @param orderReference the order, or null for a preview
 * @param status where the checkout stands
 * @param lines each cart line at the member's price
 * @param listAmount the lines at list price, without shipping
 * @param memberAmount the lines at the member's price, without shipping
 * @param couponDiscount what the coupons took off, lines and shipping together
 * @param coupons the coupons that apply, in their order of application, each with its discount
 * @param rejectedCoupons the coupons asked for that do not apply, with why (a hold has none: it refuses them)
 * @param shipping the shipping fee after the tier's benefit, before coupons (zero when the tier makes it free)
 * @param points the points the order uses
 * @param pointsCash what those points pay
 * @param payable the cash left to pay
 * @param steps every step, in the order applied, with its explanation
 * @param pointsHoldId the points hold that reserves {@code points}, or null if none
 * @param expiresAt when an unpaid hold releases itself, or null for a preview
 * @param quotedAt when the quote was made
 * @since 0.2
 */
public record CheckoutQuote(
        TenantId tenantId,
        CustomerId customerId,
        ProgrammeId programmeId,
        @Nullable String orderReference,
        CheckoutStatus status,
        List<QuotedLine> lines,
        Money listAmount,
        Money memberAmount,
        Money couponDiscount,
        List<AppliedCoupon> coupons,
        List<RejectedCoupon> rejectedCoupons,
        Money shipping,
        long points,
        Money pointsCash,
        Money payable,
        List<QuoteStep> steps,
        @Nullable String pointsHoldId,
        @Nullable Instant expiresAt,
        Instant quotedAt) {

    /** Copies the lists. */
    public CheckoutQuote {
        lines = List.copyOf(lines);
        coupons = List.copyOf(coupons);
        rejectedCoupons = List.copyOf(rejectedCoupons);
        steps = List.copyOf(steps);
    }

    /** This quote with another status. */
    public CheckoutQuote withStatus(CheckoutStatus newStatus) {
        return new CheckoutQuote(tenantId, customerId, programmeId, orderReference, newStatus, lines, listAmount, memberAmount,
                couponDiscount, coupons, rejectedCoupons, shipping, points, pointsCash, payable, steps, pointsHoldId, expiresAt, quotedAt);
    }
}
