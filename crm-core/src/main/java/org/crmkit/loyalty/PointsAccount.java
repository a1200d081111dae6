package org.crmkit.loyalty;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The materialised balance of one account, updated in the same unit of work as every entry, so
 * reading a balance costs one row whatever the history's length.
 *
 * @param ref the account
 * @param available spendable points: the available lots' remaining points minus {@code debt};
 *     negative only while there is debt
 * @param pending points waiting for their return window to pass
 * @param held points reserved by open holds
 * @param debt points owed after a refund took more than was left, repaid first by future earning
 * @param earned lifetime points earned (EARN, including goodwill grants)
 * @param adjustedIn lifetime points added by manual adjustments
 * @param transferredIn lifetime points received from other members
 * @param redeemed lifetime points redeemed
 * @param expired lifetime points expired
 * @param reversed lifetime points reversed by refunds
 * @param adjustedOut lifetime points removed by manual adjustments
 * @param transferredOut lifetime points given to other members
 * @param nextDueAt the earliest moment something changes by itself (a lot matures or expires, a
 *     hold times out), or null if nothing will
 * @param version +1 per change, 0 when opened
 * @since 0.1
 */
public record PointsAccount(
        AccountRef ref,
        long available,
        long pending,
        long held,
        long debt,
        long earned,
        long adjustedIn,
        long transferredIn,
        long redeemed,
        long expired,
        long reversed,
        long adjustedOut,
        long transferredOut,
        @Nullable Instant nextDueAt,
        long version) {

    /** Checks and normalises the components as the record's description says. */
    public PointsAccount {
        checkNotNull(ref, "ref");
        checkArgument(pending >= 0 && held >= 0 && debt >= 0,
                "pending, held and debt are never negative but were %s, %s, %s", pending, held, debt);
    }

    /** A new, empty account at version 0. */
    public static PointsAccount open(AccountRef ref) {
        return new PointsAccount(ref, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, null, 0);
    }

    /** Lifetime points in: earned, adjusted in and transferred in. */
    public long credited() {
        return earned + adjustedIn + transferredIn;
    }

    /** Lifetime points out: redeemed, expired, reversed, adjusted out and transferred out. */
    public long debited() {
        return redeemed + expired + reversed + adjustedOut + transferredOut;
    }

    /** Invariant 3: every point credited is debited or still in the account (available, pending, held). */
    public boolean isConserved() {
        return credited() == debited() + available + pending + held;
    }

    /** True if something in the account is due to change by itself at {@code now}. */
    public boolean isDueBy(Instant now) {
        return nextDueAt != null && !nextDueAt.isAfter(now);
    }
}
