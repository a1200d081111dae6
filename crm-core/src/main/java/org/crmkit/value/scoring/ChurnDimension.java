package org.crmkit.value.scoring;

/**
 * What churn rates are broken down by.
 *
 * @since 0.1
 */
public enum ChurnDimension {
    /** Everyone in one row, {@code "all"}. */
    NONE,
    /** The quarter of the customer's first purchase, e.g. {@code "2025-Q1"}. */
    COHORT,
    /** {@code "new"} if the first purchase fell in the look-back window, else {@code "returning"}. */
    NEW_VS_RETURNING,
    /** Age at the period's start: {@code "<18"}, {@code "18-24"}, {@code "25-34"}, {@code "35-44"}, {@code "45-54"}, {@code "55+"} or {@code "unknown"}. */
    AGE_BAND,
    /** {@code FEMALE}, {@code MALE}, {@code OTHER} or {@code "unknown"}. */
    GENDER,
    /** The channel the customer was acquired through ({@code SourceChannel}). */
    CHANNEL
}
