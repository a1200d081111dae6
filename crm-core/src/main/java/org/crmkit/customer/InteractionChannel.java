package org.crmkit.customer;

/**
 * The touch point through which an interaction happened (接触点).
 *
 * @since 0.1
 */
public enum InteractionChannel {
    ONLINE_CHAT,
    CHATBOT,
    PHONE,
    MESSAGE,
    EMAIL,
    IN_STORE,
    SOCIAL
}
