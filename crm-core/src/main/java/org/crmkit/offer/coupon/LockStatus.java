package org.crmkit.offer.coupon;

/**
 * Where a checkout's coupon lock stands.
 *
 * @since 0.2
 */
public enum LockStatus {
    /** The coupons are reserved for the order until the lock's time runs out. */
    OPEN,
    /** The order was paid: the coupons are used. */
    COMMITTED,
    /** The order was cancelled, or the lock timed out: the coupons are available again. */
    RELEASED,
    /** The paid order was refunded: its coupons were returned or voided by their templates' policy. */
    REFUNDED
}
