package org.crmkit.offer.coupon;

import org.crmkit.shared.Money;

/**
 * One template's figures.
 *
 * @param issued coupons issued
 * @param used coupons used by paid orders (not refunded)
 * @param expired coupons whose window ended unused
 * @param voided coupons voided on refund
 * @param cost the sum of the used coupons' discounts
 * @since 0.2
 */
public record CouponReport(String templateId, long issued, long used, long expired, long voided, Money cost) {

    /** Used coupons per issued coupon, 0 when none was issued. */
    public double redemptionRate() {
        return issued == 0 ? 0 : (double) used / issued;
    }
}
