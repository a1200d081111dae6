package org.crmkit.offer.mall;

/**
 * Where a mall order stands. The legal moves are RESERVED to SHIPPED (shipped goods), the
 * redemption of a digital item straight to CODE_ISSUED, and RESERVED or CODE_ISSUED to CANCELLED.
 * SHIPPED and CANCELLED are final.
 *
 * @since 0.2
 */
public enum MallOrderStatus {
    /** Stock reserved and points spent; a shipped good waits to be shipped. */
    RESERVED,
    /** A digital item's code was issued. */
    CODE_ISSUED,
    /** The host shipped the good; it can no longer be cancelled. */
    SHIPPED,
    /** Cancelled before shipping: the points were refunded and the stock restored. */
    CANCELLED;

    /** Whether an order in this status may still be cancelled. */
    public boolean cancellable() {
        return this == RESERVED || this == CODE_ISSUED;
    }
}
