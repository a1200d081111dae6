package org.crmkit.offer.mall;

/**
 * How a reward reaches the customer.
 *
 * @since 0.2
 */
public enum Fulfilment {
    /** A digital code (a voucher, a top-up code), generated and issued when the reward is redeemed. */
    DIGITAL_CODE,
    /** A good the host ships; the order waits for {@link ShipMallOrder} with the courier's tracking reference. */
    SHIPPED_GOOD
}
