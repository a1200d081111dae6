package org.crmkit.complaint;

/**
 * Where a case came in: service centres take cases from every channel.
 *
 * @since 0.1
 */
public enum CaseChannel {
    /** A call to the service line. */
    PHONE,
    /** A chat with an agent on the web or in the app. */
    ONLINE_CHAT,
    /** A form in the mobile app. */
    APP,
    /** A form on the web site. */
    WEB,
    /** An e-mail. */
    EMAIL,
    /** At a counter in a store. */
    IN_STORE,
    /** A social network (Weibo, WeChat official account). */
    SOCIAL,
    /** A marketplace's own complaint channel. */
    MARKETPLACE,
    /** Any other channel. */
    OTHER
}
