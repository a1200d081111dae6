package org.crmkit.customer;

/**
 * Where a customer first came from.
 *
 * @since 0.1
 */
public enum SourceChannel {
    ONLINE_STORE,
    APP,
    OFFLINE_STORE,
    REFERRAL,
    CAMPAIGN,
    OTHER
}
