package org.crmkit.loyalty;

/**
 * What a refund does when the points its order earned were already spent (the three return
 * policies of engines such as Talon.One).
 *
 * @since 0.1
 */
public enum DebtPolicy {
    /** Take what is missing anyway: the balance goes negative, and future earning repays it first. */
    ALLOW_NEGATIVE_BALANCE,
    /**
     * Take what is missing from the account's other available lots, soonest-expiring first; what
     * they cannot cover either is reported as the shortfall.
     */
    TAKE_FROM_OTHER_LOTS,
    /** Take only what is left of the order's lots and report the shortfall in the receipt. */
    REPORT_SHORTFALL
}
