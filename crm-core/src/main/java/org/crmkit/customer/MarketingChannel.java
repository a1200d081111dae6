package org.crmkit.customer;

/**
 * A channel over which a customer can agree to receive marketing.
 *
 * @since 0.1
 */
public enum MarketingChannel {
    SMS,
    EMAIL,
    PHONE_CALL,
    WECHAT,
    APP_PUSH,
    POST
}
