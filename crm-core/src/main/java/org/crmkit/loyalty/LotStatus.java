package org.crmkit.loyalty;

/**
 * Where a lot is in its life.
 *
 * @since 0.1
 */
public enum LotStatus {
    /** Earned from a purchase still inside its return window: cannot be spent yet. */
    PENDING,
    /** Spendable (what remains of it). */
    AVAILABLE,
    /** Closed: used up, expired or cancelled by a refund. {@code remaining} is 0. */
    CLOSED
}
