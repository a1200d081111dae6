/**
 * Coupons (优惠券, 满减): templates defined per tenant, coupons issued to one customer, by code
 * claim or to a segment, evaluated against a cart, locked at checkout and then committed or
 * released, and returned or voided on refund. {@link org.crmkit.offer.coupon.CouponService} is the
 * public API; {@link org.crmkit.offer.coupon.Coupons} is the storage port.
 */
@NullMarked
package org.crmkit.offer.coupon;

import org.jspecify.annotations.NullMarked;
