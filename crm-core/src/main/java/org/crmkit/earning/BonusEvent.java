package org.crmkit.earning;

/**
 * Events that earn a fixed bonus, configured per programme in {@link EarningPolicy#bonuses()}.
 *
 * @since 0.1
 */
public enum BonusEvent {
    /** The customer joined. */
    SIGN_UP,
    /** The customer's birthday (checked against the profile's birth date, in the programme's zone). */
    BIRTHDAY,
    /**
     * The customer's first purchase in the programme; added by {@code earnForPurchase} itself, or as an
     * event for a purchase made elsewhere. Given once per account either way.
     */
    FIRST_PURCHASE,
    /** The customer wrote a review (JD gives beans for reviews). */
    REVIEW,
    /** The customer referred someone who joined. */
    REFERRAL
}
