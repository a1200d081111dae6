package org.crmkit.marketing.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The uplift statistics on simulated campaigns with a known effect: 1,000 seeded campaigns of 2,000
 * customers, half held out; a customer buys with probability 0.20 (control) or 0.24 (target), for a
 * skewed amount (log-normal, mean 50 · e^0.125). The 95% intervals must cover the true effect in
 * about 95% of the runs, and the estimates must centre on it.
 */
class UpliftCoverageTest {

    private static final Currency CNY = Currency.getInstance("CNY");
    private static final int RUNS = 1_000;
    private static final int CUSTOMERS = 2_000;
    private static final double P_CONTROL = 0.20;
    private static final double P_TARGET = 0.24;
    private static final double MEAN_AMOUNT = 50 * Math.exp(0.125);

    @Test
    void the_intervals_cover_the_true_effect_in_about_95_percent_of_seeded_runs() {
        // given
        double trueRevenue = (P_TARGET - P_CONTROL) * MEAN_AMOUNT;
        double trueRate = P_TARGET - P_CONTROL;
        int revenueCovered = 0;
        int rateCovered = 0;
        double sumOfEstimates = 0;

        // when
        for (int run = 0; run < RUNS; run++) {
            Uplift uplift = simulate(new SplittableRandom(run));
            revenueCovered += uplift.revenuePerCustomer().covers(trueRevenue) ? 1 : 0;
            rateCovered += uplift.responseRate().covers(trueRate) ? 1 : 0;
            sumOfEstimates += uplift.revenuePerCustomer().estimate();
        }

        // then
        assertThat(revenueCovered / (double) RUNS).as("revenue interval coverage").isBetween(0.93, 0.97);
        assertThat(rateCovered / (double) RUNS).as("response interval coverage").isBetween(0.93, 0.97);
        assertThat(sumOfEstimates / RUNS).as("mean estimate").isCloseTo(trueRevenue, org.assertj.core.data.Offset.offset(0.1));
    }

    @Test
    void the_interval_is_1_96_standard_errors_either_side_and_the_incremental_revenue_scales_with_the_target_group() {
        // given
        Tally target = new Tally();
        Tally control = new Tally();
        SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < 500; i++) {
            target.add(random.nextDouble() < 0.3 ? new BigDecimal("80.00") : null);
            control.add(random.nextDouble() < 0.3 ? new BigDecimal("80.00") : null);
        }

        // when
        GroupResult t = target.result(CNY);
        GroupResult c = control.result(CNY);
        Uplift uplift = Uplift.between(t, c);

        // then the interval is the estimate plus or minus 1.96 standard errors of the difference of means
        double se = Math.sqrt(t.revenueVariance() / 500 + c.revenueVariance() / 500);
        Interval revenue = uplift.revenuePerCustomer();
        assertThat(revenue.high() - revenue.low()).isCloseTo(2 * Uplift.Z95 * se, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(revenue.estimate()).isCloseTo(t.revenuePerCustomer().doubleValue() - c.revenuePerCustomer().doubleValue(),
                org.assertj.core.data.Offset.offset(1e-9));
        BigDecimal expected = t.revenuePerCustomer().subtract(c.revenuePerCustomer()).multiply(BigDecimal.valueOf(500))
                .setScale(2, RoundingMode.HALF_EVEN);
        assertThat(uplift.incrementalRevenue().amount()).isEqualByComparingTo(expected);
        assertThat(uplift.incrementalLow().amount()).isLessThan(expected);
        assertThat(uplift.incrementalHigh().amount()).isGreaterThan(expected);
    }

    @Test
    void a_group_of_fewer_than_two_customers_gives_an_interval_of_the_estimate_alone() {
        // given
        Tally target = new Tally();
        target.add(new BigDecimal("10.00"));

        // when
        Uplift uplift = Uplift.between(target.result(CNY), new Tally().result(CNY));

        // then
        assertThat(uplift.revenuePerCustomer()).isEqualTo(new Interval(10.0, 10.0, 10.0));
    }

    private static Uplift simulate(SplittableRandom random) {
        Tally target = new Tally();
        Tally control = new Tally();
        for (int i = 0; i < CUSTOMERS; i++) {
            boolean held = random.nextBoolean();
            double p = held ? P_CONTROL : P_TARGET;
            BigDecimal paid = random.nextDouble() < p ? amount(random) : null;
            (held ? control : target).add(paid);
        }
        return Uplift.between(target.result(CNY), control.result(CNY));
    }

    /** A log-normal amount, mean 50 · e^0.125, to the cent. */
    private static BigDecimal amount(SplittableRandom random) {
        double gaussian = Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
        return BigDecimal.valueOf(50 * Math.exp(0.5 * gaussian)).setScale(2, RoundingMode.HALF_EVEN);
    }
}
