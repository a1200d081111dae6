package org.crmkit.customer;

/**
 * Where a customer first came from.
 *
 * @since 0.1
 */
public enum SourceChannel {
    /** The web shop. */
    ONLINE_STORE,
    /** The mobile app. */
    APP,
    /** A physical store. */
    OFFLINE_STORE,
    /** Invited by another customer. */
    REFERRAL,
    /** A marketing campaign. */
    CAMPAIGN,
    /** Any other source. */
    OTHER
}
