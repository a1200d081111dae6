package org.crmkit.customer;

/**
 * The touch point through which an interaction happened (接触点).
 *
 * @since 0.1
 */
public enum InteractionChannel {
    /** A chat with an agent. */
    ONLINE_CHAT,
    /** A chat with a bot. */
    CHATBOT,
    /** A phone call. */
    PHONE,
    /** A text or in-app message. */
    MESSAGE,
    /** An e-mail. */
    EMAIL,
    /** A conversation in a store. */
    IN_STORE,
    /** A social network. */
    SOCIAL
}
