package org.crmkit.marketing.journey;

/**
 * What a journey that fired did for the customer.
 *
 * @since 0.2
 */
public enum FiringOutcome {
    /** The channel took the message (and the coupon, if any, was issued). */
    SENT,
    /** The channel refused the message; the reason is kept. */
    FAILED,
    /** The customer had not agreed to the channel: nothing was sent, and the window counts as used. */
    NO_CONSENT
}
