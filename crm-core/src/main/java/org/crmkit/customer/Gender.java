package org.crmkit.customer;

/**
 * A customer's gender as they stated it.
 *
 * @since 0.1
 */
public enum Gender {
    /** Female. */
    FEMALE,
    /** Male. */
    MALE,
    /** Another gender. */
    OTHER,
    /** The customer chose not to say. */
    UNDISCLOSED
}
