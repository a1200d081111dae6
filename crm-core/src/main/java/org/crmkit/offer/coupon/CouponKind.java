package org.crmkit.offer.coupon;

/**
 * What a coupon takes off.
 *
 * @since 0.2
 */
public enum CouponKind {
    /** 满减: a fixed amount off once the scoped subtotal reaches the template's threshold. */
    AMOUNT_OFF,
    /** A percentage off the scoped subtotal, up to the template's cap. */
    PERCENT_OFF,
    /** The cart's shipping fee, once the scoped subtotal reaches the threshold. */
    FREE_SHIPPING
}
