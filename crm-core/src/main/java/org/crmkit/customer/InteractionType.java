package org.crmkit.customer;

/**
 * What an interaction was about.
 *
 * @since 0.1
 */
public enum InteractionType {
    INQUIRY,
    /** A follow-up visit or call after a sale (回访). */
    FOLLOW_UP_VISIT,
    COMPLAINT,
    PURCHASE,
    REVIEW,
    SURVEY
}
