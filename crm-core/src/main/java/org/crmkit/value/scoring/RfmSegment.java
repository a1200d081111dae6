package org.crmkit.value.scoring;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * The common named RFM segments, decided by the recency score R and the frequency score F (each
 * 1 to 5, 5 best: most recent, most frequent). The monetary score does not move a customer between
 * segments; it ranks customers within one.
 *
 * <pre>
 *          F=1              F=2              F=3              F=4         F=5
 * R=5  NEW              POTENTIAL_LOYALIST POTENTIAL_LOYALIST CHAMPIONS  CHAMPIONS
 * R=4  PROMISING        POTENTIAL_LOYALIST POTENTIAL_LOYALIST LOYAL      LOYAL
 * R=3  ABOUT_TO_SLEEP   ABOUT_TO_SLEEP     NEED_ATTENTION     LOYAL      LOYAL
 * R=2  HIBERNATING      HIBERNATING        AT_RISK            AT_RISK    CANT_LOSE
 * R=1  LOST             HIBERNATING        AT_RISK            AT_RISK    CANT_LOSE
 * </pre>
 *
 * @since 0.1
 */
public enum RfmSegment {
    /** Bought recently and often: reward them, they adopt new products first. */
    CHAMPIONS,
    /** Buy often and not long ago: upsell, ask for reviews. */
    LOYAL,
    /** Recent customers with a few purchases: offer membership and loyalty programmes. */
    POTENTIAL_LOYALIST,
    /** Bought for the first time very recently: onboard them. */
    NEW,
    /** Bought once, fairly recently: build awareness with free trials. */
    PROMISING,
    /** Middling recency and frequency: limited-time offers based on their history. */
    NEED_ATTENTION,
    /** Few purchases, going quiet: share popular products, reconnect. */
    ABOUT_TO_SLEEP,
    /** Used to buy often, not lately: personalised win-back. */
    AT_RISK,
    /** Were among the most frequent, long gone: win them back before a competitor does. */
    CANT_LOSE,
    /** Few purchases, long ago: offer other categories, discounts. */
    HIBERNATING,
    /** One purchase, longest ago: revive only if cheap. */
    LOST;

    /**
     * The segment of a recency score {@code r} and frequency score {@code f}, each 1 to 5.
     *
     * @throws IllegalArgumentException if a score is outside 1 to 5
     */
    public static RfmSegment of(int r, int f) {
        checkArgument(r >= 1 && r <= 5, "recency score must be 1 to 5 but was %s", r);
        checkArgument(f >= 1 && f <= 5, "frequency score must be 1 to 5 but was %s", f);
        return switch (r) {
            case 5 -> f == 1 ? NEW : f <= 3 ? POTENTIAL_LOYALIST : CHAMPIONS;
            case 4 -> f == 1 ? PROMISING : f <= 3 ? POTENTIAL_LOYALIST : LOYAL;
            case 3 -> f <= 2 ? ABOUT_TO_SLEEP : f == 3 ? NEED_ATTENTION : LOYAL;
            default -> f == 5 ? CANT_LOSE : f >= 3 ? AT_RISK : (r == 1 && f == 1 ? LOST : HIBERNATING);
        };
    }
}
