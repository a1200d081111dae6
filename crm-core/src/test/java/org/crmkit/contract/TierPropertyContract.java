package org.crmkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.Money;
import org.crmkit.shared.TenantId;
import org.crmkit.testing.Tenants;
import org.crmkit.tier.AssessmentListener;
import org.crmkit.tier.AssessmentSchedule;
import org.crmkit.tier.GrantGrowth;
import org.crmkit.tier.QualifyingMetrics;
import org.crmkit.tier.RecordTierPurchase;
import org.crmkit.tier.RecordTierRefund;
import org.crmkit.tier.TierLadder;
import org.crmkit.tier.TierPolicies;
import org.crmkit.tier.TierStatus;
import org.crmkit.tier.spi.QualifyingMetric;
import org.junit.jupiter.api.Test;

/**
 * Property: for seeded random sequences of purchases and refunds (a quarter of them back-dated,
 * often before assessments that already ran), growth grants, clock moves and assessments under a
 * random policy, the member's earned tier and metric equal what {@link TierReference} computes,
 * and so does "tier on date" on random days. A failure names its seed; rerun one seed with {@code
 * -Dcrmkit.tier.seed=N}.
 */
public abstract class TierPropertyContract extends TierFixture {

    private static final int RUNS = 25;
    private static final int STEPS = 40;

    @Test
    void the_tier_always_equals_the_one_the_reference_computes_from_the_metric_history_and_the_policy() {
        Long only = Long.getLong("crmkit.tier.seed");
        List<Long> seeds = new ArrayList<>();
        if (only != null) {
            seeds.add(only);
        } else {
            for (int i = 0; i < RUNS; i++) {
                seeds.add(20250510L + i);
            }
            seeds.add(System.nanoTime());
        }
        for (long seed : seeds) {
            run(seed);
        }
    }

    /** A random built-in policy and metric, as the reference models them. */
    private record Rules(TierReference.Metric metric, int windowMonths, AssessmentSchedule schedule, Period retention, boolean dropOne) {

        static Rules random(Random random) {
            return new Rules(TierReference.Metric.values()[random.nextInt(TierReference.Metric.values().length)], random.nextBoolean() ? 3 : 12,
                    AssessmentSchedule.values()[random.nextInt(AssessmentSchedule.values().length)],
                    List.of(Period.ZERO, Period.ofMonths(2), Period.ofMonths(12)).get(random.nextInt(3)), random.nextBoolean());
        }

        long[] thresholds() {
            return metric == TierReference.Metric.ROLLING_ORDERS ? new long[] {0, 2, 5, 10, 20} : new long[] {0, 1000, 3000, 10000, 30000};
        }

        TierLadder ladder(TenantId t) {
            QualifyingMetric built = switch (metric) {
                case GROWTH -> QualifyingMetrics.growthValue();
                case LIFETIME_SPEND -> QualifyingMetrics.lifetimeSpend();
                case ROLLING_SPEND -> QualifyingMetrics.rollingSpend(windowMonths);
                case ROLLING_ORDERS -> QualifyingMetrics.rollingOrders(windowMonths);
            };
            return TierFixture.ladder(t, built, TierPolicies.standard(schedule, retention, dropOne), thresholds());
        }

        TierReference reference() {
            return new TierReference(thresholds(), SHANGHAI, metric, windowMonths, schedule, retention, dropOne);
        }
    }

    /** An order the run bought: what is left to refund and the growth it earned and lost so far. */
    private static final class Order {
        final int number;
        final long cents;
        final Instant paidAt;
        final long growth;
        long remaining;
        long growthTaken;

        Order(int number, long cents, Instant paidAt) {
            this.number = number;
            this.cents = cents;
            this.paidAt = paidAt;
            this.growth = cents / 100;
            this.remaining = cents;
        }

        /** The growth a refund of {@code refunded} cents takes: in proportion to the order total, all that is left when fully refunded. */
        long growthOf(long refunded, boolean fully) {
            long left = growth - growthTaken;
            return fully ? left : Math.min(left, growth * refunded / cents);
        }
    }

    private void run(long seed) {
        Random random = new Random(seed);
        TenantId t = Tenants.fresh();
        Rules rules = Rules.random(random);
        tiers.defineLadder(rules.ladder(t));
        CustomerId member = register(t, "member");
        clock.set(shanghai("2024-01-01T00:00").plus(Duration.ofMinutes(random.nextInt(800 * 24 * 60))));
        Instant started = clock.instant();
        TierReference reference = rules.reference();
        List<Order> orders = new ArrayList<>();
        StringBuilder log = new StringBuilder("seed " + seed + ", " + rules + ", start " + clock.instant() + "\n");
        for (int step = 0; step < STEPS; step++) {
            Instant now = clock.instant();
            int dice = random.nextInt(100);
            String key = "k-" + step;
            if (dice < 35) {
                long cents = 1 + random.nextInt(800_000);
                Instant paidAt = random.nextInt(4) == 0 ? now.minus(Duration.ofHours(random.nextInt(400 * 24))) : now;
                log.append(step).append(": buy ").append(cents).append(" cents at ").append(paidAt).append('\n');
                tiers.recordPurchase(new RecordTierPurchase(t, member, PROGRAMME, key, "o-" + step, money(cents), paidAt));
                reference.record(new TierReference.Fact(paidAt, cents / 100, 1, cents / 100), now);
                orders.add(new Order(step, cents, paidAt));
            } else if (dice < 50 && orders.stream().anyMatch(o -> o.remaining > 0)) {
                List<Order> open = orders.stream().filter(o -> o.remaining > 0).toList();
                Order order = open.get(random.nextInt(open.size()));
                long cents = random.nextBoolean() ? order.remaining : 1 + (long) random.nextInt((int) order.remaining);
                boolean fully = cents == order.remaining;
                Instant refundedAt = random.nextInt(4) == 0
                        ? order.paidAt.plus(Duration.ofMinutes(random.nextLong(Duration.between(order.paidAt, now).toMinutes() + 1))) : now;
                long growth = order.growthOf(cents, fully);
                order.remaining -= cents;
                order.growthTaken += growth;
                log.append(step).append(": refund ").append(cents).append(" cents of o-").append(order.number).append(fully ? " fully" : "")
                        .append(" at ").append(refundedAt).append('\n');
                tiers.recordRefund(new RecordTierRefund(t, member, PROGRAMME, key, "o-" + order.number, money(order.cents), money(cents),
                        fully, refundedAt));
                reference.record(new TierReference.Fact(refundedAt, -(cents / 100), fully ? -1 : 0, -growth), now);
            } else if (dice < 60) {
                long points = 1 + random.nextInt(3000);
                log.append(step).append(": grow ").append(points).append('\n');
                tiers.grantGrowth(new GrantGrowth(t, member, PROGRAMME, key, points, "activity"));
                reference.record(new TierReference.Fact(now, 0, 0, points), now);
            } else {
                LocalDate from = now.atZone(SHANGHAI).toLocalDate();
                clock.advance(Duration.ofMinutes(60 + random.nextInt(45 * 24 * 60)));
                LocalDate to = clock.instant().atZone(SHANGHAI).toLocalDate();
                log.append(step).append(": clock to ").append(clock.instant()).append('\n');
                if (random.nextInt(7) > 0) {
                    for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
                        if (reference.isAssessmentDay(d) || random.nextInt(40) == 0) {
                            log.append("   assess ").append(d).append('\n');
                            tiers.assess(t, PROGRAMME, d, 0, 1, AssessmentListener.NONE);
                            reference.assess(d, clock.instant());
                        }
                    }
                }
            }
            compare(t, member, reference, log);
        }
        assertChained(tiers.history(t, member, PROGRAMME));
        compareTierOnDates(t, member, reference, random, started, log);
    }

    /** "Tier on date" agrees with the reference's history on random days of the run, back-dated facts' re-assessments included. */
    private void compareTierOnDates(TenantId t, CustomerId member, TierReference reference, Random random, Instant started, StringBuilder log) {
        LocalDate first = started.atZone(SHANGHAI).toLocalDate().minusDays(1);
        long days = Duration.between(started, clock.instant()).toDays() + 2;
        List<String> codes = List.of("registered", "bronze", "silver", "gold", "diamond");
        for (int i = 0; i < 12; i++) {
            LocalDate day = first.plusDays(random.nextLong(days + 1));
            int expected = reference.rankOn(day);
            assertThat(tiers.tierOn(t, member, PROGRAMME, day)).as("tier on %s after\n%s", day, log)
                    .isEqualTo(expected < 0 ? Optional.empty() : Optional.of(codes.get(expected)));
        }
    }

    private void compare(TenantId t, CustomerId member, TierReference reference, StringBuilder log) {
        TierStatus status = tiers.status(t, member, PROGRAMME);
        long expectedMetric = reference.metricAt(clock.instant());
        List<String> codes = List.of("registered", "bronze", "silver", "gold", "diamond");
        String expectedTier = reference.joined() ? codes.get(reference.rank()) : "registered";
        assertThat(status.metric()).as("metric after\n%s", log).isEqualTo(expectedMetric);
        assertThat(status.earnedTierCode()).as("tier after\n%s", log).isEqualTo(expectedTier);
        assertThat(status.tier().code()).as("effective tier after\n%s", log).isEqualTo(expectedTier);
    }

    private static Money money(long cents) {
        return Money.of(BigDecimal.valueOf(cents, 2).toPlainString(), "CNY");
    }
}
