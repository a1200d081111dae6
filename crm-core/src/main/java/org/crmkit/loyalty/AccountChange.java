package org.crmkit.loyalty;

import java.time.Instant;

/**
 * A mutable working copy of a {@link PointsAccount} inside one operation. Balances change only
 * through the movements below, each named after what happened to the points, so every movement
 * keeps the ledger's equation (available + pending + held - debt = credits - debits) in one place.
 * Its fields are read freely within the package and written only here.
 */
final class AccountChange {

    final AccountRef ref;
    private long available;
    private long pending;
    private long held;
    private long debt;
    private long earned;
    private long adjustedIn;
    private long transferredIn;
    private long redeemed;
    private long expired;
    private long reversed;
    private long adjustedOut;
    private long transferredOut;
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

    /** Points that may be spent or held now. */
    long available() {
        return available;
    }

    /** Points held for checkouts. */
    long held() {
        return held;
    }

    /** Points owed after refunds of spent points. */
    long debt() {
        return debt;
    }

    /** Points credited as pending (a purchase's, until its pending period ends). */
    void creditPending(long points) {
        pending += points;
    }

    /** Pending points that matured: they leave pending and are credited as available. */
    long mature(long points) {
        pending -= points;
        return creditAvailable(points);
    }

    /** Points earned (by purchase, bonus or grant); the credit itself is {@link #creditPending} or {@link #creditAvailable}. */
    void earn(long points) {
        earned += points;
    }

    /** Available points reserved by a hold. */
    void hold(long points) {
        available -= points;
        held += points;
    }

    /** Held points given back to available. */
    void releaseHold(long points) {
        held -= points;
        available += points;
    }

    /** Held points spent: the hold was committed. */
    void commitHold(long points) {
        held -= points;
        redeemed += points;
    }

    /** Available points spent on a reward. */
    void redeem(long points) {
        available -= points;
        redeemed += points;
    }

    /** Points added by hand; the credit itself is {@link #creditAvailable}. */
    void adjustIn(long points) {
        adjustedIn += points;
    }

    /** Available points removed by hand. */
    void adjustOut(long points) {
        available -= points;
        adjustedOut += points;
    }

    /** Available points given to another account. */
    void transferOut(long points) {
        available -= points;
        transferredOut += points;
    }

    /** Points received from another account; the credit itself is {@link #creditAvailable}. */
    void transferIn(long points) {
        transferredIn += points;
    }

    /** Pending or available points that expired. */
    void expire(long points, boolean wasPending) {
        if (wasPending) {
            pending -= points;
        } else {
            available -= points;
        }
        expired += points;
    }

    /**
     * A refund's clawback: {@code fromPending} pending and {@code fromAvailable} available points
     * taken, and {@code owed} points more than the account holds recorded as debt.
     *
     * @return the points reversed in all
     */
    long reverse(long fromPending, long fromAvailable, long owed) {
        pending -= fromPending;
        available -= fromAvailable + owed;
        debt += owed;
        long all = fromPending + fromAvailable + owed;
        reversed += all;
        return all;
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
