package org.crmkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.Money;
import org.crmkit.shared.TenantId;
import org.crmkit.testing.Tenants;
import org.crmkit.tier.AssessmentListener;
import org.crmkit.tier.AssessmentSchedule;
import org.crmkit.tier.GrantGrowth;
import org.crmkit.tier.QualifyingMetric;
import org.crmkit.tier.RecordTierPurchase;
import org.crmkit.tier.RecordTierRefund;
import org.crmkit.tier.TierLadder;
import org.crmkit.tier.TierPolicy;
import org.crmkit.tier.TierStatus;
import org.junit.jupiter.api.Test;

/**
 * Property: for seeded random sequences of purchases (some back-dated), refunds, growth grants,
 * clock moves and assessments under a random policy, the member's earned tier and metric equal
 * what {@link TierReference} computes. A failure names its seed; rerun one seed with {@code
 * -Dcrmkit.tier.seed=N}.
 */
public abstract class TierPropertyContract extends TierFixture {

    private static final int RUNS = 15;
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

    private static TierPolicy randomPolicy(Random random) {
        QualifyingMetric metric = QualifyingMetric.values()[random.nextInt(QualifyingMetric.values().length)];
        AssessmentSchedule schedule = AssessmentSchedule.values()[random.nextInt(AssessmentSchedule.values().length)];
        Period retention = List.of(Period.ZERO, Period.ofMonths(2), Period.ofMonths(12)).get(random.nextInt(3));
        return new TierPolicy(metric, random.nextBoolean() ? 3 : 12, BigDecimal.ONE, schedule, retention, random.nextBoolean());
    }

    private void run(long seed) {
        Random random = new Random(seed);
        TenantId t = Tenants.fresh();
        TierPolicy policy = randomPolicy(random);
        TierLadder ladder = policy.metric() == QualifyingMetric.ROLLING_ORDERS
                ? ladder(t, policy, 0, 2, 5, 10, 20)
                : ladder(t, policy, 0, 1000, 3000, 10000, 30000);
        tiers.defineLadder(ladder);
        CustomerId member = register(t, "member");
        clock.set(shanghai("2024-01-01T00:00").plus(Duration.ofMinutes(random.nextInt(800 * 24 * 60))));
        TierReference reference = new TierReference(ladder);
        List<long[]> purchases = new ArrayList<>(); // {order number, remaining cents}
        StringBuilder log = new StringBuilder("seed " + seed + ", " + policy + ", start " + clock.instant() + "\n");
        for (int step = 0; step < STEPS; step++) {
            Instant now = clock.instant();
            int dice = random.nextInt(100);
            String key = "k-" + step;
            if (dice < 35) {
                long cents = 1 + random.nextInt(800_000);
                Instant paidAt = random.nextInt(5) == 0 ? now.minus(Duration.ofHours(random.nextInt(400 * 24))) : now;
                log.append(step).append(": buy ").append(cents).append(" cents at ").append(paidAt).append('\n');
                tiers.recordPurchase(new RecordTierPurchase(t, member, PROGRAMME, key, "o-" + step, money(cents), paidAt));
                reference.record(new TierReference.Fact(paidAt, cents / 100, 1, cents / 100), now);
                purchases.add(new long[] {step, cents});
            } else if (dice < 50 && purchases.stream().anyMatch(p -> p[1] > 0)) {
                List<long[]> open = purchases.stream().filter(p -> p[1] > 0).toList();
                long[] order = open.get(random.nextInt(open.size()));
                long cents = random.nextBoolean() ? order[1] : 1 + (long) random.nextInt((int) order[1]);
                boolean fully = cents == order[1];
                order[1] -= cents;
                log.append(step).append(": refund ").append(cents).append(" cents of o-").append(order[0]).append(fully ? " fully" : "")
                        .append('\n');
                tiers.recordRefund(new RecordTierRefund(t, member, PROGRAMME, key, "o-" + order[0], money(cents), fully, null));
                reference.record(new TierReference.Fact(now, -(cents / 100), fully ? -1 : 0, -(cents / 100)), now);
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
    }

    private void compare(TenantId t, CustomerId member, TierReference reference, StringBuilder log) {
        TierStatus status = tiers.status(t, member, PROGRAMME);
        long expectedMetric = reference.metricAt(clock.instant());
        String expectedTier = reference.joined() ? reference.tier() : "registered";
        assertThat(status.metric()).as("metric after\n%s", log).isEqualTo(expectedMetric);
        assertThat(status.earnedTierCode()).as("tier after\n%s", log).isEqualTo(expectedTier);
        assertThat(status.tier().code()).as("effective tier after\n%s", log).isEqualTo(expectedTier);
    }

    private static Money money(long cents) {
        return Money.of(BigDecimal.valueOf(cents, 2).toPlainString(), "CNY");
    }
}
