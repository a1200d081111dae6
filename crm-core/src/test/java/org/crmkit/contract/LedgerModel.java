package org.crmkit.contract;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.crmkit.Crm;
import org.crmkit.earning.BonusEvent;
import org.crmkit.loyalty.DebtPolicy;
import org.crmkit.loyalty.EntryType;
import org.crmkit.loyalty.HoldNotOpenException;
import org.crmkit.loyalty.HoldStatus;
import org.crmkit.loyalty.InsufficientPointsException;
import org.crmkit.loyalty.LedgerRuleException;
import org.crmkit.loyalty.LotStatus;

/**
 * The reference model of {@link LedgerInvariantsContract}: plain bookkeeping of one tenant's
 * accounts, lots and holds, written from the documented rules (not from the production code) and
 * as simple as possible. Balances are derived from the lots, never kept as running totals, so a
 * disagreement with the storage's materialised balance shows up at once.
 *
 * <p>Lot ids are the storage's: a new lot is created unnamed and {@linkplain Lot#id named} from the
 * entry the operation wrote, so that the spending order (soonest expiry, then earning time, then
 * lot id) can be followed exactly.
 */
final class LedgerModel {

    static final Duration PENDING_PERIOD = Duration.ofDays(7);
    static final Duration HOLD_TTL = Duration.ofMinutes(15);
    static final int EXPIRY_MONTHS = 2;
    static final long MIN_HOLD = 10;
    static final long HOLD_MULTIPLE = 5;
    static final long SIGN_UP_BONUS = 50;
    static final long REVIEW_BONUS = 20;
    static final long FIRST_PURCHASE_BONUS = 30;
    static final ZoneId ZONE = Crm.DEFAULT_ZONE;

    static final Comparator<Lot> SPEND_ORDER = Comparator
            .comparing((Lot l) -> l.expiresAt, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(l -> l.earnedAt)
            .thenComparing(l -> l.id);

    /** Points credited together. {@code id} is null until the storage's entry names it. */
    static final class Lot {
        String id;
        final String order;
        final long original;
        long remaining;
        final Instant earnedAt;
        final Instant availableAt;
        final Instant expiresAt;
        LotStatus status;

        Lot(String order, long original, long remaining, Instant earnedAt, Instant availableAt, Instant expiresAt, LotStatus status) {
            this.order = order;
            this.original = original;
            this.remaining = remaining;
            this.earnedAt = earnedAt;
            this.availableAt = availableAt;
            this.expiresAt = expiresAt;
            this.status = status;
        }

        @Override
        public String toString() {
            return "lot " + id + " " + status + " " + remaining + "/" + original + " earned " + earnedAt + " expires " + expiresAt;
        }
    }

    record Move(Lot lot, long points) {}

    /** Points reserved at checkout. {@code id} is the storage's, taken from the receipt. */
    static final class Hold {
        String id;
        final int customer;
        final long points;
        final List<Move> taken;
        final Instant expiresAt;
        HoldStatus status = HoldStatus.OPEN;

        Hold(int customer, long points, List<Move> taken, Instant expiresAt) {
            this.customer = customer;
            this.points = points;
            this.taken = taken;
            this.expiresAt = expiresAt;
        }

        @Override
        public String toString() {
            return "hold " + id + " of c" + customer + " " + points + " " + status + " until " + expiresAt;
        }
    }

    /** An entry the model expects; {@code key} is null for the ledger's own entries (expiry, hold timeout). */
    record ExpectedEntry(EntryType type, long points, int direction, String key, List<Move> moves) {}

    /** One customer's account. */
    static final class Account {
        boolean opened;
        boolean firstPurchaseDone;
        final java.util.Set<String> bonusesClaimed = new java.util.HashSet<>();
        long debt;
        long earned;
        long adjustedIn;
        long transferredIn;
        long redeemed;
        long expired;
        long reversed;
        long adjustedOut;
        long transferredOut;
        final List<Lot> lots = new ArrayList<>();
        final List<ExpectedEntry> expected = new ArrayList<>();

        long availableInLots() {
            return lots.stream().filter(l -> l.status == LotStatus.AVAILABLE).mapToLong(l -> l.remaining).sum();
        }

        long available() {
            return availableInLots() - debt;
        }

        long pending() {
            return lots.stream().filter(l -> l.status == LotStatus.PENDING).mapToLong(l -> l.remaining).sum();
        }

        List<Lot> openLots() {
            return lots.stream().filter(l -> l.status != LotStatus.CLOSED).sorted(SPEND_ORDER).toList();
        }
    }

    /** The refund counters of one order in one account. */
    static final class OrderRefunds {
        final long totalCents;
        long refundedCents;
        long claimed;

        OrderRefunds(long totalCents) {
            this.totalCents = totalCents;
        }
    }

    /** What an operation should do: refused with an exception type, or the receipt's figures. */
    record Outcome(Class<? extends RuntimeException> refusal, long points, long shortfall, long availableAfter, int entries, Hold hold) {
        static Outcome refused(Class<? extends RuntimeException> type) {
            return new Outcome(type, 0, 0, 0, 0, null);
        }

        static Outcome ok(long points, long shortfall, long availableAfter, int entries, Hold hold) {
            return new Outcome(null, points, shortfall, availableAfter, entries, hold);
        }

        @Override
        public String toString() {
            return refusal != null ? "refused with " + refusal.getSimpleName()
                    : "ok: " + points + " points, shortfall " + shortfall + ", available after " + availableAfter;
        }
    }

    final DebtPolicy policy;
    final List<Account> accounts = new ArrayList<>();
    final List<Hold> holds = new ArrayList<>();
    final Map<String, Long> orderTotals = new HashMap<>();
    final Map<String, OrderRefunds> refunds = new HashMap<>();
    /** The keys of the operations that succeeded, in order. */
    final List<String> keys = new ArrayList<>();
    Instant now;
    /** What happened by itself, for the run's summary. */
    final Map<String, Integer> happened = new TreeMap<>();

    LedgerModel(DebtPolicy policy, int customers, Instant now) {
        this.policy = policy;
        this.now = now;
        for (int i = 0; i < customers; i++) {
            accounts.add(new Account());
        }
    }

    Account account(int customer) {
        return accounts.get(customer);
    }

    long held(int customer) {
        return openHolds(customer).stream().mapToLong(h -> h.points).sum();
    }

    List<Hold> openHolds(int customer) {
        return holds.stream().filter(h -> h.customer == customer && h.status == HoldStatus.OPEN).toList();
    }

    static Instant expiryOf(Instant earnedAt) {
        return earnedAt.atZone(ZONE).plusMonths(EXPIRY_MONTHS).toInstant();
    }

    // ---- what happens by itself -------------------------------------------------------------

    /** Releases timed-out holds, makes matured lots available (repaying debt first), expires lots. */
    void settleAll() {
        for (int c = 0; c < accounts.size(); c++) {
            Account a = accounts.get(c);
            for (Hold h : openHolds(c)) {
                if (!h.expiresAt.isAfter(now)) {
                    happened.merge("hold timeouts", 1, Integer::sum);
                    a.expected.add(new ExpectedEntry(EntryType.HOLD_RELEASE, h.points, 0, null, h.taken));
                    giveBack(a, h);
                    h.status = HoldStatus.RELEASED;
                }
            }
            for (Lot lot : a.openLots()) {
                if (lot.status == LotStatus.PENDING && !lot.availableAt.isAfter(now)) {
                    long repaid = Math.min(a.debt, lot.remaining);
                    a.debt -= repaid;
                    lot.remaining -= repaid;
                    happened.merge(repaid > 0 ? "maturities repaying debt" : "maturities", 1, Integer::sum);
                    lot.status = lot.remaining == 0 ? LotStatus.CLOSED : LotStatus.AVAILABLE;
                }
            }
            for (Lot lot : a.openLots()) {
                expireIfDue(a, lot);
            }
        }
    }

    // ---- operations -------------------------------------------------------------------------

    Outcome purchase(int c, String key, String order, long paidCents, Instant paidAt) {
        Account a = account(c);
        long points = paidCents / 100 + (a.firstPurchaseDone ? 0 : FIRST_PURCHASE_BONUS);
        a.firstPurchaseDone = true;
        a.opened = true;
        orderTotals.put(order, paidCents);
        if (points > 0) {
            Lot lot = credit(a, points, order, paidAt, true, expiryOf(paidAt));
            a.earned += points;
            a.expected.add(new ExpectedEntry(EntryType.EARN, points, 1, key, List.of(new Move(lot, points))));
            // an order reported after its points' expiry: they expire at once (after repaying debt, if they were available)
            if (expireIfDue(a, lot)) {
                happened.merge("purchases reported after their expiry", 1, Integer::sum);
            }
        }
        return Outcome.ok(points, 0, a.available(), points > 0 ? 1 : 0, null);
    }

    Outcome grant(int c, String key, long points) {
        Account a = account(c);
        a.opened = true;
        Lot lot = credit(a, points, null, now, false, expiryOf(now));
        a.earned += points;
        a.expected.add(new ExpectedEntry(EntryType.EARN, points, 1, key, List.of(new Move(lot, points))));
        return Outcome.ok(points, 0, a.available(), 1, null);
    }

    /**
     * A fixed bonus: sign-up (once per account) and review (once per reviewed reference, any
     * number without one); the programme gives no other.
     */
    Outcome bonus(int c, String key, BonusEvent event, String reference) {
        Account a = account(c);
        return switch (event) {
            case SIGN_UP -> a.bonusesClaimed.add("sign-up") ? grant(c, key, SIGN_UP_BONUS) : Outcome.refused(LedgerRuleException.class);
            case REVIEW -> reference == null || a.bonusesClaimed.add("review:" + reference)
                    ? grant(c, key, REVIEW_BONUS) : Outcome.refused(LedgerRuleException.class);
            default -> Outcome.refused(LedgerRuleException.class);
        };
    }

    Outcome hold(int c, String key, long points, Long payableCents, Duration ttl) {
        Account a = account(c);
        if (points < MIN_HOLD || points % HOLD_MULTIPLE != 0 || (payableCents != null && points > payableCents / 2)) {
            return Outcome.refused(LedgerRuleException.class);
        }
        if (a.available() < points) {
            return Outcome.refused(InsufficientPointsException.class);
        }
        Hold hold = new Hold(c, points, take(a, points), now.plus(ttl != null ? ttl : HOLD_TTL));
        holds.add(hold);
        a.expected.add(new ExpectedEntry(EntryType.HOLD, points, 0, key, hold.taken));
        return Outcome.ok(points, 0, a.available(), 1, hold);
    }

    Outcome commit(String key, Hold hold) {
        if (hold.status != HoldStatus.OPEN) {
            return Outcome.refused(HoldNotOpenException.class);
        }
        Account a = account(hold.customer);
        hold.status = HoldStatus.COMMITTED;
        a.redeemed += hold.points;
        a.expected.add(new ExpectedEntry(EntryType.REDEEM, hold.points, -1, key, hold.taken));
        return Outcome.ok(hold.points, 0, a.available(), 1, hold);
    }

    Outcome release(String key, Hold hold) {
        if (hold.status != HoldStatus.OPEN) {
            return Outcome.refused(HoldNotOpenException.class);
        }
        Account a = account(hold.customer);
        a.expected.add(new ExpectedEntry(EntryType.HOLD_RELEASE, hold.points, 0, key, hold.taken));
        giveBack(a, hold);
        hold.status = HoldStatus.RELEASED;
        return Outcome.ok(hold.points, 0, a.available(), 1, hold);
    }

    Outcome redeem(int c, String key, long points) {
        Account a = account(c);
        if (a.available() < points) {
            return Outcome.refused(InsufficientPointsException.class);
        }
        List<Move> taken = take(a, points);
        a.redeemed += points;
        a.expected.add(new ExpectedEntry(EntryType.REDEEM, points, -1, key, taken));
        return Outcome.ok(points, 0, a.available(), 1, null);
    }

    Outcome refund(int c, String key, String order, long totalCents, long refundCents) {
        Account a = account(c);
        OrderRefunds counters = refunds.computeIfAbsent(c + "/" + order, k -> new OrderRefunds(totalCents));
        if (counters.refundedCents + refundCents > totalCents) {
            return Outcome.refused(LedgerRuleException.class);
        }
        counters.refundedCents += refundCents;
        List<Lot> orderLots = a.lots.stream().filter(l -> order.equals(l.order))
                .sorted(Comparator.comparing((Lot l) -> l.earnedAt).thenComparing(l -> l.id)).toList();
        long earned = orderLots.stream().mapToLong(l -> l.original).sum();
        long target = earned * counters.refundedCents / totalCents;
        long due = Math.max(0, target - counters.claimed);
        counters.claimed += due;

        List<Move> moves = new ArrayList<>();
        long fromPending = takeFrom(orderLots, LotStatus.PENDING, due, moves);
        long fromOrder = takeFrom(orderLots, LotStatus.AVAILABLE, due - fromPending, moves);
        long missing = due - fromPending - fromOrder;
        long fromOthers = 0;
        long debtAdded = 0;
        long shortfall = 0;
        switch (policy) {
            case ALLOW_NEGATIVE_BALANCE -> debtAdded = missing;
            case REPORT_SHORTFALL -> shortfall = missing;
            case TAKE_FROM_OTHER_LOTS -> {
                fromOthers = Math.min(missing, a.availableInLots());
                moves.addAll(take(a, fromOthers));
                shortfall = missing - fromOthers;
            }
        }
        a.debt += debtAdded;
        happened.merge(debtAdded > 0 ? "refunds into debt" : shortfall > 0 ? "refunds with shortfall" : "refunds", 1, Integer::sum);
        long reversed = fromPending + fromOrder + fromOthers + debtAdded;
        a.reversed += reversed;
        if (reversed > 0) {
            a.expected.add(new ExpectedEntry(EntryType.REVERSE, reversed, -1, key, moves));
        }
        return Outcome.ok(reversed, shortfall, a.available(), reversed > 0 ? 1 : 0, null);
    }

    Outcome transfer(int from, int to, String key, long points) {
        Account giver = account(from);
        Account receiver = account(to);
        if (giver.available() < points) {
            return Outcome.refused(InsufficientPointsException.class);
        }
        giver.opened = true;
        receiver.opened = true;
        List<Move> taken = take(giver, points);
        List<Move> received = new ArrayList<>();
        for (Move move : taken) {
            Lot lot = credit(receiver, move.points(), null, move.lot().earnedAt, false, move.lot().expiresAt);
            received.add(new Move(lot, move.points()));
        }
        giver.transferredOut += points;
        receiver.transferredIn += points;
        giver.expected.add(new ExpectedEntry(EntryType.TRANSFER_OUT, points, -1, key, taken));
        receiver.expected.add(new ExpectedEntry(EntryType.TRANSFER_IN, points, 1, key, received));
        return Outcome.ok(points, 0, giver.available(), 2, null);
    }

    Outcome adjust(int c, String key, long delta) {
        Account a = account(c);
        long points = Math.abs(delta);
        if (delta > 0) {
            a.opened = true;
            Lot lot = credit(a, points, null, now, false, expiryOf(now));
            a.adjustedIn += points;
            a.expected.add(new ExpectedEntry(EntryType.ADJUST, points, 1, key, List.of(new Move(lot, points))));
        } else {
            if (a.available() < points) {
                return Outcome.refused(InsufficientPointsException.class);
            }
            List<Move> taken = take(a, points);
            a.adjustedOut += points;
            a.expected.add(new ExpectedEntry(EntryType.ADJUST, points, -1, key, taken));
        }
        return Outcome.ok(points, 0, a.available(), 1, null);
    }

    /** The most points an order of {@code payableCents} may use: half of it, within the available points, in fives, at least ten. */
    long quote(int c, long payableCents) {
        long max = Math.min(payableCents / 2, Math.max(0, account(c).available()));
        max -= max % HOLD_MULTIPLE;
        return max < MIN_HOLD ? 0 : max;
    }

    /** When the account next changes by itself: a pending lot matures, an open lot expires, an open hold times out. */
    Instant nextDue(int c) {
        Instant due = null;
        for (Lot lot : account(c).openLots()) {
            if (lot.status == LotStatus.PENDING) {
                due = min(due, lot.availableAt);
            }
            due = min(due, lot.expiresAt);
        }
        for (Hold hold : openHolds(c)) {
            due = min(due, hold.expiresAt);
        }
        return due;
    }

    private static Instant min(Instant a, Instant b) {
        return a == null || (b != null && b.isBefore(a)) ? b : a;
    }

    // ---- lot mechanics ----------------------------------------------------------------------

    private Lot credit(Account a, long points, String order, Instant earnedAt, boolean purchase, Instant expiresAt) {
        Instant availableAt = purchase ? earnedAt.plus(PENDING_PERIOD) : earnedAt;
        Lot lot;
        if (availableAt.isAfter(now)) {
            lot = new Lot(order, points, points, earnedAt, availableAt, expiresAt, LotStatus.PENDING);
        } else {
            long repaid = Math.min(a.debt, points);
            a.debt -= repaid;
            long left = points - repaid;
            lot = new Lot(order, points, left, earnedAt, availableAt, expiresAt, left == 0 ? LotStatus.CLOSED : LotStatus.AVAILABLE);
        }
        a.lots.add(lot);
        return lot;
    }

    private static List<Move> take(Account a, long points) {
        List<Move> moves = new ArrayList<>();
        List<Lot> spendable = a.lots.stream().filter(l -> l.status == LotStatus.AVAILABLE).sorted(SPEND_ORDER).toList();
        takeFrom(spendable, LotStatus.AVAILABLE, points, moves);
        return moves;
    }

    private static long takeFrom(List<Lot> lots, LotStatus status, long points, List<Move> moves) {
        long left = points;
        for (Lot lot : lots) {
            if (left == 0) {
                break;
            }
            if (lot.status != status || lot.remaining == 0) {
                continue;
            }
            long part = Math.min(left, lot.remaining);
            lot.remaining -= part;
            if (lot.remaining == 0) {
                lot.status = LotStatus.CLOSED;
            }
            moves.add(new Move(lot, part));
            left -= part;
        }
        return points - left;
    }

    /** Gives a released hold's points back to their lots; those returned to a lot past its expiry expire at once. */
    private void giveBack(Account a, Hold hold) {
        for (Move move : hold.taken) {
            Lot lot = move.lot();
            lot.remaining += move.points();
            if (lot.status == LotStatus.CLOSED) {
                lot.status = LotStatus.AVAILABLE;
            }
        }
        for (Move move : hold.taken) {
            if (expireIfDue(a, move.lot())) {
                happened.merge("holds released into expired lots", 1, Integer::sum);
            }
        }
    }

    private boolean expireIfDue(Account a, Lot lot) {
        if (lot.expiresAt.isAfter(now) || lot.remaining == 0) {
            return false;
        }
        a.expired += lot.remaining;
        happened.merge("expiries", 1, Integer::sum);
        a.expected.add(new ExpectedEntry(EntryType.EXPIRE, lot.remaining, -1, null, List.of(new Move(lot, lot.remaining))));
        lot.remaining = 0;
        lot.status = LotStatus.CLOSED;
        return true;
    }
}
