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
    CHANNEL,
    /**
     * The region of the customer's profile ({@code Demographics.region()}), or {@code "unknown"}.
     *
     * @since 0.2
     */
    REGION,
    /**
     * Each product category the customer bought in the look-back window: a customer counts once in
     * every such category, and has churned from a category when the period has no purchase of it
     * (the overall row still counts customers, churned when they bought nothing at all). Items
     * without a category count as {@code "uncategorised"}.
     *
     * @since 0.2
     */
    CATEGORY,
    /**
     * The customer's type, from a tag of the form {@code type:<name>} (e.g. {@code type:business},
     * {@code type:individual}), or {@code "unknown"} without one; the first in sort order if there
     * are several.
     *
     * @since 0.2
     */
    CUSTOMER_TYPE,
    /**
     * The churn reason recorded for the customer, from a tag of the form {@code churn-reason:<code>}
     * (e.g. {@code churn-reason:price}, {@code churn-reason:delivery}, {@code churn-reason:competitor},
     * as an exit survey or a win-back call records it with {@code CustomerService.addTags}), or
     * {@code "none recorded"}; the first in sort order if there are several. Read it for the churned
     * column: why the customers who left say they left, where they said.
     *
     * @since 0.2
     */
    CHURN_REASON
}
