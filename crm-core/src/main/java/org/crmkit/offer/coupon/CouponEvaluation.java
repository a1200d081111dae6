package org.crmkit.offer.coupon;

import java.util.List;
import org.crmkit.shared.Money;

/**
 * What a list of coupons does to a cart: the coupons that apply, in their order of application
 * (see {@link CouponService#evaluate}), and those that do not, with the reason.
 *
 * @param applied the coupons that apply, in the order they were applied
 * @param rejected the coupons that do not apply, in the order they were listed
 * @param linesDiscount what the applied coupons take off the lines together, at most the lines' total
 * @param shippingDiscount what free shipping takes off the shipping fee, at most the fee
 * @param freeShipping whether an applied coupon makes shipping free
 * @since 0.2
 */
public record CouponEvaluation(List<AppliedCoupon> applied, List<RejectedCoupon> rejected, Money linesDiscount, Money shippingDiscount,
        boolean freeShipping) {

    /** Copies the lists. */
    public CouponEvaluation {
        applied = List.copyOf(applied);
        rejected = List.copyOf(rejected);
    }

    /** The lines' discount plus the shipping discount. */
    public Money totalDiscount() {
        return linesDiscount.plus(shippingDiscount);
    }
}
