package org.crmkit.offer.coupon;

import java.util.List;

/**
 * What the refund of an order did to the coupons it used.
 *
 * @param returned coupons given back to the customer (template policy {@link RefundPolicy#RETURN})
 * @param voided coupons spent for good (policy {@link RefundPolicy#VOID})
 * @since 0.2
 */
public record CouponRefund(String orderReference, List<CouponId> returned, List<CouponId> voided) {

    /** Copies the lists. */
    public CouponRefund {
        returned = List.copyOf(returned);
        voided = List.copyOf(voided);
    }
}
