package org.crmkit.customer;

/**
 * When a churn reason was learned.
 *
 * @since 0.2
 */
public enum ChurnOccasion {
    /** As the customer left (an exit survey, a cancellation call). */
    CHURNED,
    /** When the customer was won back and said why they had left. */
    WON_BACK
}
