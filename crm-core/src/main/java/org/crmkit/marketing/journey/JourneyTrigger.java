package org.crmkit.marketing.journey;

/**
 * What makes a journey fire for a customer. {@code days} in {@link DefineJourney} means what each
 * says.
 *
 * @since 0.2
 */
public enum JourneyTrigger {
    /**
     * {@code days} after the customer's first purchase (a review request). Fires once per customer,
     * and only for first purchases whose {@code days} ended after the journey was defined.
     */
    FIRST_PURCHASE,
    /** The customer's latest P(alive) score is below the threshold (a win-back offer). {@code days} is unused (0). */
    P_ALIVE_BELOW,
    /** The next tier assessment, within {@code days} days, will drop the customer's tier if nothing changes (a reminder). */
    TIER_WILL_DROP,
    /** Some of the customer's points expire within {@code days} days, at most 30 (a reminder). */
    POINTS_EXPIRING
}
