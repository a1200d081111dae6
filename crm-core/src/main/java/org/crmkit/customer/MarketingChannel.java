package org.crmkit.customer;

/**
 * A channel over which a customer can agree to receive marketing.
 *
 * @since 0.1
 */
public enum MarketingChannel {
    /** Text messages. */
    SMS,
    /** E-mail. */
    EMAIL,
    /** Phone calls. */
    PHONE_CALL,
    /** WeChat messages. */
    WECHAT,
    /** App push notifications. */
    APP_PUSH,
    /** Letters by post. */
    POST
}
