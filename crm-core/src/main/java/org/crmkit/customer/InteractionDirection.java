package org.crmkit.customer;

/**
 * Who started an interaction.
 *
 * @since 0.1
 */
public enum InteractionDirection {
    /** The customer contacted the merchant. */
    INBOUND,
    /** The merchant contacted the customer. */
    OUTBOUND
}
