package org.crmkit.customer;

/**
 * A customer's standing from their payment record (信用度).
 *
 * @since 0.1
 */
public enum CreditStanding {
    /** Pays on time. */
    GOOD,
    /** Late or disputed payments: watch. */
    WATCH,
    /** Defaulted or fraudulent: restrict credit. */
    BAD
}
