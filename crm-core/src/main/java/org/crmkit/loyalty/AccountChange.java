package org.crmkit.loyalty;

import java.time.Instant;

/** A mutable working copy of a {@link PointsAccount} inside one operation. */
final class AccountChange {

    final AccountRef ref;
    long available;
    long pending;
    long held;
    long debt;
    long earned;
    long adjustedIn;
    long transferredIn;
    long redeemed;
    long expired;
    long reversed;
    long adjustedOut;
    long transferredOut;
    Instant nextDueAt;
    final long version;

    AccountChange(PointsAccount a) {
        ref = a.ref();
        available = a.available();
        pending = a.pending();
        held = a.held();
        debt = a.debt();
        earned = a.earned();
        adjustedIn = a.adjustedIn();
        transferredIn = a.transferredIn();
        redeemed = a.redeemed();
        expired = a.expired();
        reversed = a.reversed();
        adjustedOut = a.adjustedOut();
        transferredOut = a.transferredOut();
        nextDueAt = a.nextDueAt();
        version = a.version();
    }

    /** Available points credited: repays debt first. Returns how many went to repaying debt. */
    long creditAvailable(long points) {
        long repaid = Math.min(debt, points);
        debt -= repaid;
        available += points;
        return repaid;
    }

    PointsAccount next() {
        return new PointsAccount(ref, available, pending, held, debt, earned, adjustedIn, transferredIn, redeemed,
                expired, reversed, adjustedOut, transferredOut, nextDueAt, version + 1);
    }
}
