package org.crmkit.offer.coupon;

import org.crmkit.shared.Money;

/**
 * A coupon that applies to a cart, and what it takes off.
 *
 * @param discount what it takes off, not negative, in the cart's currency (for free shipping: the
 *     shipping fee)
 * @param freeShipping whether it makes shipping free
 * @param explanation how the discount was worked out, in words
 * @since 0.2
 */
public record AppliedCoupon(CouponId couponId, String templateId, Money discount, boolean freeShipping, String explanation) {}
