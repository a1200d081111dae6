package org.crmkit.tier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.ProgrammeId;
import org.crmkit.shared.TenantId;
import org.crmkit.tier.spi.MetricValue;
import org.junit.jupiter.api.Test;

/**
 * A built-in metric from a member's facts up to an instant summed ({@link FactTotals}) and the
 * later ones one by one gives the value and explanation it gives from every fact one by one,
 * wherever {@link SummedMetric#canUse} allows the sum; where it does not, the sum is refused.
 */
class SummedMetricTotalsTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Instant START = Instant.parse("2022-01-01T00:00:00Z");
    private static final List<SummedMetric> METRICS = List.of((SummedMetric) QualifyingMetrics.growthValue(),
            (SummedMetric) QualifyingMetrics.lifetimeSpend(), (SummedMetric) QualifyingMetrics.rollingSpend(3),
            (SummedMetric) QualifyingMetrics.rollingSpend(12), (SummedMetric) QualifyingMetrics.rollingOrders(1));

    @Test
    void summed_facts_and_the_rest_one_by_one_give_what_every_fact_gives_where_the_sum_can_be_used() {
        Random random = new Random(20261208L);
        int compared = 0;
        int refused = 0;
        for (int run = 0; run < 400; run++) {
            List<MetricFact> facts = randomFacts(random);
            Instant until = START.plus(Duration.ofHours(random.nextInt(4 * 365 * 24)));
            Instant at = START.plus(Duration.ofHours(random.nextInt(4 * 365 * 24)));
            FactTotals totals = new FactTotals(until, 0, 0, 0, 0, false);
            List<MetricFact> after = new ArrayList<>();
            for (MetricFact fact : facts) {
                if (fact.at().isAfter(until)) {
                    after.add(fact);
                } else {
                    totals = totals.plus(fact, false);
                }
            }
            for (SummedMetric metric : METRICS) {
                if (metric.canUse(totals, at, SHANGHAI)) {
                    MetricValue whole = metric.valueAt(facts, at, SHANGHAI);
                    assertThat(metric.valueAt(totals, after, at, SHANGHAI)).as("%s at %s, summed up to %s", metric.spec(), at, until)
                            .isEqualTo(whole);
                    compared++;
                } else {
                    FactTotals summed = totals;
                    assertThatThrownBy(() -> metric.valueAt(summed, after, at, SHANGHAI)).isInstanceOf(IllegalArgumentException.class)
                            .hasMessageContaining("cannot give the " + metric.spec());
                    refused++;
                }
            }
        }
        assertThat(compared).as("comparisons made").isGreaterThan(500);
        assertThat(refused).as("sums refused").isGreaterThan(100);
    }

    @Test
    void a_fact_dated_after_the_totals_instant_cannot_be_added_to_them() {
        FactTotals totals = new FactTotals(START, 0, 0, 0, 0, false);
        MetricFact later = fact("late", START.plusSeconds(1), 5, 1, 5);
        assertThatThrownBy(() -> totals.plus(later, false)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("after");
        assertThat(totals.plus(fact("then", START, 5, 1, 7), true)).isEqualTo(new FactTotals(START, 1, 5, 1, 7, true));
    }

    /** Up to 40 facts over four years, some refunds among them, oldest first. */
    private static List<MetricFact> randomFacts(Random random) {
        List<MetricFact> facts = new ArrayList<>();
        Instant at = START;
        int count = random.nextInt(40);
        for (int i = 0; i < count; i++) {
            at = at.plus(Duration.ofHours(1 + random.nextInt(24 * 60)));
            boolean refund = random.nextInt(5) == 0;
            long units = 1 + random.nextInt(500);
            facts.add(fact("k" + i, at, refund ? -units : units, refund ? -1 : 1, refund ? -units : units));
        }
        return facts;
    }

    private static MetricFact fact(String key, Instant at, long spendUnits, int orders, long growth) {
        return new MetricFact(TenantId.of("t"), CustomerId.of("c"), ProgrammeId.DEFAULT, key, "o-" + key, spendUnits, orders, growth, at);
    }
}
