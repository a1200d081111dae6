package org.crmkit.customer.spi;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Duration;
import java.util.Optional;
import org.crmkit.customer.LifecycleStage;

/**
 * The built-in lifecycle policies.
 *
 * @since 0.1
 */
public final class LifecyclePolicies {

    private LifecyclePolicies() {}

    /**
     * The seeds' lifecycle (潜在客户 → 新客户 → 老客户, 流失, 挽回), with these defaults: a third order
     * makes a loyal customer; 180 days without buying, or P(alive) below 0.3, puts a customer at
     * risk; 365 days, or P(alive) below 0.1, marks them churned. See {@link #standard(int, Duration,
     * Duration, double, double)}.
     */
    public static LifecyclePolicy standard() {
        return standard(3, Duration.ofDays(180), Duration.ofDays(365), 0.3, 0.1);
    }

    /**
     * The seeds' lifecycle with other thresholds. After a purchase: a prospect or qualified
     * customer becomes active (loyal if they already have {@code loyalAfterOrders} orders); an
     * active or at-risk customer becomes loyal at {@code loyalAfterOrders} orders, and an at-risk
     * one active again below that; a churned customer is won back; a won-back customer buying
     * again is active. At scoring: an active, loyal or won-back customer is at risk after {@code
     * atRiskAfter} without a purchase or with P(alive) below {@code atRiskBelow}, and any of them or
     * an at-risk customer is churned after {@code churnedAfter} or below {@code churnedBelow}.
     *
     * @throws IllegalArgumentException unless {@code loyalAfterOrders >= 2}, {@code 0 < atRiskAfter
     *     < churnedAfter} and {@code 0 <= churnedBelow <= atRiskBelow <= 1}
     */
    public static LifecyclePolicy standard(int loyalAfterOrders, Duration atRiskAfter, Duration churnedAfter, double atRiskBelow,
            double churnedBelow) {
        checkArgument(loyalAfterOrders >= 2, "loyalAfterOrders must be >= 2 but was %s", loyalAfterOrders);
        checkNotNull(atRiskAfter, "atRiskAfter");
        checkNotNull(churnedAfter, "churnedAfter");
        checkArgument(!atRiskAfter.isNegative() && !atRiskAfter.isZero() && atRiskAfter.compareTo(churnedAfter) < 0,
                "need 0 < atRiskAfter < churnedAfter but were %s and %s", atRiskAfter, churnedAfter);
        checkArgument(churnedBelow >= 0 && churnedBelow <= atRiskBelow && atRiskBelow <= 1,
                "need 0 <= churnedBelow <= atRiskBelow <= 1 but were %s and %s", churnedBelow, atRiskBelow);
        return new Standard(loyalAfterOrders, atRiskAfter, churnedAfter, atRiskBelow, churnedBelow);
    }

    /** A policy that never moves anyone: stages change only through {@code changeStage}. */
    public static LifecyclePolicy manual() {
        return new LifecyclePolicy() {
            @Override
            public Optional<LifecycleMove> afterPurchase(PurchaseSignal signal) {
                return Optional.empty();
            }

            @Override
            public Optional<LifecycleMove> afterScoring(ScoringSignal signal) {
                return Optional.empty();
            }
        };
    }

    private record Standard(int loyalAfterOrders, Duration atRiskAfter, Duration churnedAfter, double atRiskBelow, double churnedBelow)
            implements LifecyclePolicy {

        @Override
        public Optional<LifecycleMove> afterPurchase(PurchaseSignal s) {
            boolean repeat = s.orders() >= loyalAfterOrders;
            return switch (s.stage()) {
                case PROSPECT, QUALIFIED -> Optional.of(repeat
                        ? LifecycleMove.to(LifecycleStage.LOYAL, "order " + s.orders() + ": " + loyalAfterOrders + " or more orders")
                        : LifecycleMove.to(LifecycleStage.ACTIVE, s.first() ? "first purchase" : "bought again"));
                case ACTIVE -> repeat
                        ? Optional.of(LifecycleMove.to(LifecycleStage.LOYAL, "order " + s.orders() + ": " + loyalAfterOrders + " or more orders"))
                        : Optional.empty();
                case AT_RISK -> Optional.of(repeat
                        ? LifecycleMove.to(LifecycleStage.LOYAL, "bought again while at risk, order " + s.orders())
                        : LifecycleMove.to(LifecycleStage.ACTIVE, "bought again while at risk"));
                case CHURNED -> Optional.of(LifecycleMove.to(LifecycleStage.WON_BACK, "bought again after churning"));
                case WON_BACK -> Optional.of(LifecycleMove.to(LifecycleStage.ACTIVE, "bought again after being won back"));
                case LOYAL -> Optional.empty();
            };
        }

        @Override
        public Optional<LifecycleMove> afterScoring(ScoringSignal s) {
            if (s.stage() != LifecycleStage.ACTIVE && s.stage() != LifecycleStage.LOYAL && s.stage() != LifecycleStage.WON_BACK
                    && s.stage() != LifecycleStage.AT_RISK) {
                return Optional.empty();
            }
            Duration idle = Duration.between(s.lastPurchaseAt(), s.asOf());
            long days = idle.toDays();
            if (!idle.minus(churnedAfter).isNegative()) {
                return Optional.of(LifecycleMove.to(LifecycleStage.CHURNED, "no purchase for " + days + " days"));
            }
            if (s.pAlive().isPresent() && s.pAlive().getAsDouble() < churnedBelow) {
                return Optional.of(LifecycleMove.to(LifecycleStage.CHURNED, "P(alive) " + round(s.pAlive().getAsDouble())
                        + " below " + churnedBelow));
            }
            if (s.stage() == LifecycleStage.AT_RISK) {
                return Optional.empty();
            }
            if (!idle.minus(atRiskAfter).isNegative()) {
                return Optional.of(LifecycleMove.to(LifecycleStage.AT_RISK, "no purchase for " + days + " days"));
            }
            if (s.pAlive().isPresent() && s.pAlive().getAsDouble() < atRiskBelow) {
                return Optional.of(LifecycleMove.to(LifecycleStage.AT_RISK, "P(alive) " + round(s.pAlive().getAsDouble())
                        + " below " + atRiskBelow));
            }
            return Optional.empty();
        }

        private static String round(double p) {
            return String.format(java.util.Locale.ROOT, "%.3f", p);
        }
    }
}
