package org.crmkit.offer.coupon;

/**
 * Where an issued coupon stands.
 *
 * @since 0.2
 */
public enum CouponStatus {
    /** The customer may use it (within its window). */
    AVAILABLE,
    /** Locked for an order at checkout; past the lock's time to live it counts as available again. */
    LOCKED,
    /** Used by a paid order. */
    USED,
    /** Voided on the refund of the order that used it. */
    VOIDED,
    /** Its window ended unused. */
    EXPIRED
}
