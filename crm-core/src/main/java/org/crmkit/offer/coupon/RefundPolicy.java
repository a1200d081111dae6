package org.crmkit.offer.coupon;

/**
 * What happens to a used coupon when its order is refunded or cancelled.
 *
 * @since 0.2
 */
public enum RefundPolicy {
    /** The coupon goes back to the customer, usable again within its window. */
    RETURN,
    /** The coupon is spent for good. */
    VOID
}
