package org.crmkit.customer;

/**
 * What an interaction was about.
 *
 * @since 0.1
 */
public enum InteractionType {
    /** A question before or after a sale. */
    INQUIRY,
    /** A follow-up visit or call after a sale (回访). */
    FOLLOW_UP_VISIT,
    /** A complaint. */
    COMPLAINT,
    /** A purchase conversation. */
    PURCHASE,
    /** A product or service review. */
    REVIEW,
    /** A survey answer. */
    SURVEY
}
