package org.crmkit.offer.coupon;

import java.math.BigDecimal;

/**
 * How many coupons of a template are in a status, and the sum of their discounts (zero where none
 * has one): a row of {@link Coupons#tally}.
 *
 * @since 0.2
 */
public record CouponTally(String templateId, CouponStatus status, long count, BigDecimal discounts) {}
