package org.crmkit.loyalty;

/**
 * Where a hold is in its life.
 *
 * @since 0.1
 */
public enum HoldStatus {
    /** Points are reserved for an order being paid. */
    OPEN,
    /** The order was paid: the points were redeemed. */
    COMMITTED,
    /** The order was cancelled or the hold timed out: the points went back. */
    RELEASED
}
