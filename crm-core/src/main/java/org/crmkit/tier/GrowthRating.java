package org.crmkit.tier;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.crmkit.earning.Contribution;
import org.crmkit.earning.EarningCalculator;
import org.crmkit.earning.EarningOrder;
import org.crmkit.earning.EarningTally;
import org.crmkit.shared.CompositeKey;

/**
 * Growth value from purchases, by the earning context's rules: the ladder's growth earning
 * policy rates a purchase as a points programme would (rounded down), with the member's facts and
 * the tier counters as the calculator's memory; a refund takes back the order's growth in
 * proportion to the amount refunded.
 */
final class GrowthRating {

    private GrowthRating() {}

    /** What each rule gives the purchase; their sum is its growth value. */
    static List<Contribution> ofPurchase(MemberWork work, RecordTierPurchase command, Instant paidAt, Optional<String> tier) {
        return calculator(work.ladder()).forPurchase(order(command, paidAt), paidAt, tier, new FactTally(work));
    }

    /** The tenant's counters {@link #ofPurchase} locks for the purchase, in the order it locks them. */
    static List<String> countersFor(TierLadder ladder, RecordTierPurchase command, Instant paidAt) {
        return calculator(ladder).countersFor(order(command, paidAt), paidAt).stream().map(GrowthRating::counter).toList();
    }

    /** The tenant's counter that the calculator's counter {@code name} is: named under {@code growth:}. */
    private static String counter(String name) {
        return "growth:" + name;
    }

    private static EarningCalculator calculator(TierLadder ladder) {
        return new EarningCalculator(ladder.growthEarning(), RoundingMode.DOWN, ladder.zone(), "growth:" + ladder.programmeId().value());
    }

    /** The purchase as the earning rules see it. */
    static EarningOrder order(RecordTierPurchase command, Instant paidAt) {
        return new EarningOrder(command.customerId(), command.paid(), command.lines());
    }

    /**
     * The growth a refund takes back: the growth the order's purchases earned x refunded / order
     * total, rounded down; all that is left of it when the order is fully refunded; never more
     * than is left. An order the ladder never saw takes nothing.
     */
    static long ofRefund(List<MetricFact> facts, RecordTierRefund command) {
        long earned = 0;
        long taken = 0;
        for (MetricFact fact : facts) {
            if (command.orderId().equals(fact.orderId())) {
                if (fact.orders() > 0) {
                    earned += fact.growth();
                } else {
                    taken -= fact.growth();
                }
            }
        }
        long left = Math.max(0, earned - taken);
        if (command.orderFullyRefunded()) {
            return left;
        }
        long share = BigDecimal.valueOf(earned).multiply(command.refunded().amount())
                .divide(command.orderTotal().amount(), 0, RoundingMode.DOWN).longValueExact();
        return Math.min(left, share);
    }

    /**
     * The growth of purchases paid in a period, and counters named under {@code growth:}: every
     * name given is a {@link CompositeKey}, so the prefixed name is the key of "growth" and its parts.
     */
    private record FactTally(MemberWork work) implements EarningTally {

        @Override
        public long earnedBetween(Instant from, Instant until) {
            return work.factsAfter(from.minusNanos(1)).stream()
                    .filter(f -> f.orders() > 0 && !f.at().isBefore(from) && f.at().isBefore(until))
                    .mapToLong(MetricFact::growth).sum();
        }

        @Override
        public long lockCounter(String name) {
            return work.lockCounter(counter(name));
        }

        @Override
        public void setCounter(String name, long value) {
            work.setCounter(counter(name), value);
        }

        @Override
        public boolean claimFirstPurchase() {
            Membership m = work.membership();
            String name = CompositeKey.of("first-purchase", m.customerId().value(), m.programmeId().value());
            if (lockCounter(name) != 0) {
                return false;
            }
            setCounter(name, 1);
            return true;
        }
    }
}
