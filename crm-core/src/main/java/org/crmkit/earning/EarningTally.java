package org.crmkit.earning;

import java.time.Instant;

/**
 * What an {@link EarningCalculator} remembers between purchases, kept by its caller in the unit of
 * work that credits the result: the loyalty context keeps it in the points ledger, the tier
 * context beside its metric facts.
 *
 * @since 0.1
 */
public interface EarningTally {

    /** The regular amount purchases paid in {@code [from, until)} earned before, for the per-day cap. */
    long earnedBetween(Instant from, Instant until);

    /** A named counter (campaign budgets and per-customer limits), 0 if new, locked until the unit of work ends. */
    long lockCounter(String name);

    /** Sets a counter locked with {@link #lockCounter}. */
    void setCounter(String name, long value);

    /** Claims the one first-purchase bonus; false if it was claimed before. */
    boolean claimFirstPurchase();
}
