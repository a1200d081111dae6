package org.crmkit.complaint;

/**
 * Where a case came in: service centres take cases from every channel.
 *
 * @since 0.1
 */
public enum CaseChannel {
    PHONE,
    ONLINE_CHAT,
    APP,
    WEB,
    EMAIL,
    IN_STORE,
    SOCIAL,
    MARKETPLACE,
    OTHER
}
