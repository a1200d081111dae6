package org.crmkit.contract;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.crmkit.contract.LedgerModel.Hold;
import org.crmkit.contract.LedgerStep.Adjust;
import org.crmkit.contract.LedgerStep.Bonus;
import org.crmkit.contract.LedgerStep.Commit;
import org.crmkit.contract.LedgerStep.Grant;
import org.crmkit.contract.LedgerStep.HoldFor;
import org.crmkit.contract.LedgerStep.MoveClock;
import org.crmkit.contract.LedgerStep.Purchase;
import org.crmkit.contract.LedgerStep.ReadBalance;
import org.crmkit.contract.LedgerStep.Redeem;
import org.crmkit.contract.LedgerStep.Refund;
import org.crmkit.contract.LedgerStep.Release;
import org.crmkit.contract.LedgerStep.ReuseKey;
import org.crmkit.contract.LedgerStep.SettleDue;
import org.crmkit.contract.LedgerStep.Transfer;
import org.crmkit.earning.BonusEvent;
import org.crmkit.loyalty.HoldStatus;

/**
 * Draws the next step from a {@link Random} and the model's state, so that one seed always gives
 * the same sequence. Mostly sensible requests, with a share that the ledger must refuse
 * (overspending, a hold that is no longer open, a refund beyond the order, a bonus the programme
 * does not give).
 */
final class LedgerStepGenerator {

    private final Random random;
    private final int customers;
    private final List<String[]> orders = new ArrayList<>();

    LedgerStepGenerator(Random random, int customers) {
        this.random = random;
        this.customers = customers;
    }

    /** Moves the clock a little before every step, so steps happen at distinct instants. */
    Duration pause() {
        return Duration.ofSeconds(1 + random.nextInt(60)).plusNanos(1_000L * random.nextInt(1_000_000));
    }

    LedgerStep next(LedgerModel model, int step) {
        String key = "op-" + step;
        int roll = random.nextInt(100);
        boolean spends = roll >= 27 && roll < 84 && random.nextBoolean();
        int c = spends ? richest(model) : random.nextInt(customers);
        long available = Math.max(0, model.account(c).available());
        if (roll < 14) {
            long paid = random.nextInt(20) == 0 ? 1 + random.nextInt(99) : 100 + random.nextInt(50_000);
            String order = "o-" + step;
            orders.add(new String[] {Integer.toString(c), order, Long.toString(paid)});
            return new Purchase(c, key, order, paid, paidAt(model));
        }
        if (roll < 21) {
            return new Grant(c, key, 1 + random.nextInt(300));
        }
        if (roll < 22 && !model.keys.isEmpty()) {
            return new ReuseKey(c, model.keys.get(random.nextInt(model.keys.size())), 1_000_000 + step);
        }
        if (roll < 27) {
            int kind = random.nextInt(5);
            BonusEvent event = kind < 1 ? BonusEvent.SIGN_UP : kind < 4 ? BonusEvent.REVIEW : BonusEvent.REFERRAL;
            return new Bonus(c, key, event, event == BonusEvent.REVIEW && random.nextBoolean() ? "sku-" + random.nextInt(6) : null);
        }
        if (roll < 41) {
            long points = random.nextInt(10) < 7
                    ? LedgerModel.HOLD_MULTIPLE * (2 + random.nextInt((int) (available / LedgerModel.HOLD_MULTIPLE) + 3))
                    : 1 + random.nextInt((int) available + 50);
            Long payable = random.nextInt(10) < 3 ? (long) random.nextInt(100_000) + 1 : null;
            Duration ttl = random.nextInt(10) < 3 ? null : Duration.ofMinutes(1 + random.nextInt(3 * 24 * 60));
            return new HoldFor(c, key, points, payable, ttl);
        }
        if (roll < 51 && !model.holds.isEmpty()) {
            Hold hold = pickHold(model);
            return roll < 47 ? new Commit(key, hold) : new Release(key, hold);
        }
        if (roll < 62) {
            return new Redeem(c, key, 1 + random.nextInt((int) available + 30));
        }
        if (roll < 70 && !orders.isEmpty()) {
            return refund(model, key, c);
        }
        if (roll < 78) {
            int to = (c + 1 + random.nextInt(customers - 1)) % customers;
            return new Transfer(c, to, key, 1 + random.nextInt((int) available + 20));
        }
        if (roll < 84) {
            return new Adjust(c, key, random.nextBoolean() ? 1 + random.nextInt(200) : -(1 + random.nextInt((int) available + 20)));
        }
        if (roll < 87) {
            int shards = 1 + random.nextInt(3);
            return new SettleDue(random.nextInt(shards), shards);
        }
        if (roll < 90) {
            return new ReadBalance(c, 1 + random.nextInt(100_000));
        }
        return moveClock(model, roll);
    }

    private int richest(LedgerModel model) {
        int richest = 0;
        for (int c = 1; c < customers; c++) {
            if (model.account(c).available() > model.account(richest).available()) {
                richest = c;
            }
        }
        return richest;
    }

    /** Mostly now; sometimes reported late: within the return window, or after the points' expiry. */
    private Instant paidAt(LedgerModel model) {
        int kind = random.nextInt(10);
        if (kind < 8) {
            return null;
        }
        Duration back = kind == 8 ? Duration.ofMinutes(random.nextInt(10 * 24 * 60)) : Duration.ofDays(55 + random.nextInt(20));
        return model.now.minus(back).minusNanos(1_000L * (1 + random.nextInt(999_999)));
    }

    private MoveClock moveClock(LedgerModel model, int roll) {
        if (roll < 92) {
            Instant due = null;
            for (int c = 0; c < customers; c++) {
                Instant next = model.nextDue(c);
                due = due == null || (next != null && next.isBefore(due)) ? next : due;
            }
            if (due != null && due.isAfter(model.now)) {
                // exactly to the instant something falls due: the boundary belongs to "due"
                return new MoveClock(Duration.between(model.now, due));
            }
        }
        if (roll < 95) {
            return new MoveClock(Duration.ofMinutes(1 + random.nextInt(120)));
        }
        if (roll < 98) {
            return new MoveClock(Duration.ofDays(1 + random.nextInt(9)).plusHours(random.nextInt(24)));
        }
        return new MoveClock(Duration.ofDays(30L * (1 + random.nextInt(2)) + random.nextInt(15)));
    }

    private Hold pickHold(LedgerModel model) {
        List<Hold> open = model.holds.stream().filter(h -> h.status == HoldStatus.OPEN).toList();
        if (!open.isEmpty() && random.nextInt(10) < 9) {
            return open.get(random.nextInt(open.size()));
        }
        return model.holds.get(random.nextInt(model.holds.size()));
    }

    private Refund refund(LedgerModel model, String key, int c) {
        String[] order = orders.get(random.nextInt(orders.size()));
        int owner = Integer.parseInt(order[0]);
        int customer = random.nextInt(10) == 0 ? c : owner;
        long total = Long.parseLong(order[2]);
        LedgerModel.OrderRefunds counters = model.refunds.get(customer + "/" + order[1]);
        long left = total - (counters == null ? 0 : counters.refundedCents);
        int kind = random.nextInt(100);
        long amount;
        if (left > 0 && kind < 40) {
            amount = left;
        } else if (left > 1 && kind < 85) {
            amount = 1 + (long) random.nextInt((int) left - 1);
        } else {
            amount = Math.min(total, left + 1 + random.nextInt((int) total));
        }
        return new Refund(customer, key, order[1], total, amount);
    }
}
