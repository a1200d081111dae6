package org.crmkit.offer.coupon;

/**
 * A coupon that does not apply to a cart.
 *
 * @param reason why, as a code
 * @param explanation why, in words
 * @since 0.2
 */
public record RejectedCoupon(CouponId couponId, RejectionReason reason, String explanation) {}
