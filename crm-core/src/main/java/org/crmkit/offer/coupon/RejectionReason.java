package org.crmkit.offer.coupon;

/**
 * Why a coupon does not apply to a cart.
 *
 * @since 0.2
 */
public enum RejectionReason {
    /** No such coupon of this customer in the tenant (another tenant's or customer's coupon reads as unknown). */
    NOT_FOUND,
    /** Listed more than once. */
    DUPLICATE,
    /** Used, voided, expired, or locked for another order. */
    NOT_AVAILABLE,
    /** Its window has not started. */
    NOT_YET_VALID,
    /** Its window has ended. */
    EXPIRED,
    /** The cart is in another currency than the coupon's template. */
    WRONG_CURRENCY,
    /** The customer's tier is not one the coupon names. */
    TIER_NOT_ELIGIBLE,
    /** No line of the cart is in the coupon's scope. */
    OUT_OF_SCOPE,
    /** The scoped subtotal is below the threshold. */
    BELOW_THRESHOLD,
    /** It cannot be combined with a coupon listed before it. */
    NOT_STACKABLE,
    /** A {@link org.crmkit.offer.coupon.spi.CouponRule} its template names refused it (or failed). */
    RULE
}
