package org.crmkit.loyalty;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crmkit.earning.Contribution;
import org.crmkit.earning.EarningCalculator;
import org.crmkit.earning.EarningTally;
import org.crmkit.loyalty.spi.EarningContext;
import org.crmkit.loyalty.spi.EarningRule;
import org.crmkit.shared.TenantId;

/**
 * Computes the points of a purchase on a locked account: built-in base, category and tier rules,
 * plug-in rules, caps, then campaign bonuses within their budgets, then the first-purchase bonus.
 */
final class PurchaseEarning {

    private final PointsLedger ledger;
    private final List<EarningRule> plugins;

    PurchaseEarning(PointsLedger ledger, List<EarningRule> plugins) {
        this.ledger = ledger;
        this.plugins = List.copyOf(plugins);
    }

    /**
     * The contributions of every rule; their sum is the points to credit.
     *
     * @param lockedCounters counters locked with the account, by name (see {@link #countersFor}); the
     *     others are locked as the campaigns need them
     */
    List<Contribution> evaluate(LoyaltyProgramme programme, PurchaseOrder order, Instant paidAt, Optional<String> tier,
            Optional<BigDecimal> tierBenefitMultiplier, Map<String, Long> lockedCounters) {
        AccountRef ref = programme.account(order.customerId());
        return calculator(programme).evaluate(order.earningOrder(), paidAt, tier, tierBenefitMultiplier,
                regular -> plugins(programme, order, regular, tier), new LedgerTally(ledger, ref, new HashMap<>(lockedCounters)));
    }

    /** The tenant's counters {@link #evaluate} locks for the purchase, in the order it locks them. */
    static List<String> countersFor(LoyaltyProgramme programme, PurchaseOrder order, Instant paidAt) {
        return calculator(programme).countersFor(order.earningOrder(), paidAt);
    }

    private static EarningCalculator calculator(LoyaltyProgramme programme) {
        return new EarningCalculator(programme.earning(), programme.rounding(), programme.zone(), programme.id().value());
    }

    /** The plug-in rules in order, each seeing the running total the ones before it left. */
    private List<Contribution> plugins(LoyaltyProgramme programme, PurchaseOrder order, long regular, Optional<String> tier) {
        List<Contribution> out = new ArrayList<>();
        long running = regular;
        for (EarningRule rule : plugins) {
            Contribution c = rule.apply(new EarningContext(programme, order, running, tier));
            if (c != null && c.points() != 0) {
                out.add(c);
                running += c.points();
            }
        }
        return out;
    }

    /**
     * The ledger as the calculator's memory: an account's purchase points per day, the tenant's
     * counters; those locked with the account are read from {@code locked}, which keeps what is set.
     */
    private record LedgerTally(PointsLedger ledger, AccountRef ref, Map<String, Long> locked) implements EarningTally {
        @Override
        public long earnedBetween(Instant from, Instant until) {
            return ledger.purchasePoints(ref, from, until);
        }

        @Override
        public long lockCounter(String name) {
            Long value = locked.get(name);
            return value != null ? value : ledger.lockCounter(ref.tenantId(), name);
        }

        @Override
        public void setCounter(String name, long value) {
            ledger.setCounter(ref.tenantId(), name, value);
            locked.computeIfPresent(name, (k, was) -> value);
        }

        @Override
        public boolean claimFirstPurchase() {
            return PurchaseEarning.claimFirstPurchase(ledger, ref);
        }
    }

    /**
     * Claims the account's one first-purchase bonus, whether it comes with a purchase or as an
     * event; false if it was claimed before.
     */
    static boolean claimFirstPurchase(PointsLedger ledger, AccountRef ref) {
        return claimOnce(ledger, ref.tenantId(), AccountCounters.name("first-purchase", ref));
    }

    /** Claims a one-off counter; false if it was claimed before. The caller holds the account's lock. */
    static boolean claimOnce(PointsLedger ledger, TenantId tenantId, String counter) {
        return ledger.claim(tenantId, counter);
    }

    static long sum(List<Contribution> contributions) {
        return EarningCalculator.sum(contributions);
    }

    /** Checks that the lines add up to the paid amount. */
    static boolean linesMatch(PurchaseOrder order) {
        return order.linesAddUp();
    }
}
