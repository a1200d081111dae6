package org.crmkit.offer;

/**
 * Where a checkout stands.
 *
 * @since 0.2
 */
public enum CheckoutStatus {
    /** A preview: nothing is reserved. */
    QUOTED,
    /** Points and coupons are reserved for the order until the hold's expiry. */
    HELD,
    /** The order was paid: the reserved points and coupons are spent. */
    COMMITTED,
    /** The order was cancelled before payment: the reservations were given back. */
    RELEASED,
    /** The hold passed its expiry unpaid: its reservations released themselves. */
    EXPIRED
}
