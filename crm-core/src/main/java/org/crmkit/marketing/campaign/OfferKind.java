package org.crmkit.marketing.campaign;

/**
 * What a campaign gives the customers it reaches, beside its message.
 *
 * @since 0.2
 */
public enum OfferKind {
    /** A coupon of a template, issued through the coupon service. */
    COUPON,
    /** A points bonus, granted through the loyalty service. */
    POINTS,
    /** The message alone. */
    MESSAGE
}
