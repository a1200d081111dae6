package org.crmkit.tier;

/**
 * What decides a member's tier.
 *
 * @since 0.1
 */
public enum QualifyingMetric {
    /**
     * Growth value (成长值): a non-spendable balance earned from purchases ({@code growthPerUnit}
     * per currency unit paid) and activities (reviews, sign-in days), reduced by refunds. Never expires.
     */
    GROWTH_VALUE,
    /** Money spent (in currency units, rounded down) within the rolling window, net of refunds. */
    ROLLING_SPEND,
    /** Orders placed within the rolling window (a fully refunded order does not count). */
    ROLLING_ORDERS,
    /** Money spent since joining (in currency units, rounded down), net of refunds. */
    LIFETIME_SPEND
}
