package org.crmkit.examples.cli;

import java.util.stream.IntStream;
import org.crmkit.value.BgNbdModel;
import org.crmkit.value.CustomerLifetimeValue;
import org.crmkit.value.GammaGammaModel;
import org.crmkit.value.PeriodUnit;
import org.crmkit.value.RepeatPurchaseSummary;

/**
 * Per customer of a summary: P(alive), expected purchases over the horizon and CLV, computed on
 * all cores. The figures are the BgNbdModel and CustomerLifetimeValue ones (as {@code lifetimes}
 * computes them), evaluated once per distinct (x, T) and scaled by each customer's P(alive): both
 * are (a factor of x, T and t) × P(alive | x, t_x, T), eq. 10 of the BG/NBD paper.
 */
final class CustomerScores {

    private final double[] alive;
    private final double[] expected;
    private final double[] clv;
    private final int distinctHistories;

    private CustomerScores(double[] alive, double[] expected, double[] clv, int distinctHistories) {
        this.alive = alive;
        this.expected = expected;
        this.clv = clv;
        this.distinctHistories = distinctHistories;
    }

    static CustomerScores of(RepeatPurchaseSummary s, BgNbdModel purchases, GammaGammaModel spend,
            CustomerLifetimeValue lifetime, double horizonPeriods) {
        PeriodUnit unit = s.unit();
        DistinctHistories histories = DistinctHistories.of(s);
        int groups = histories.groups();
        double[] futurePerAlive = new double[groups];
        double[] valuePerAliveAndSpend = new double[groups];
        IntStream.range(0, groups).parallel().forEach(g -> {
            int i = histories.customerOf(g);
            int x = s.frequency(i);
            double age = s.age(i);
            double tx = x == 0 ? 0 : age;
            double aliveThere = purchases.probabilityAlive(x, tx, age);
            futurePerAlive[g] = purchases.expectedPurchases(horizonPeriods, x, tx, age) / aliveThere;
            valuePerAliveAndSpend[g] = lifetime.valueWithSpend(purchases, unit, x, tx, age, 1.0) / aliveThere;
        });
        int n = s.size();
        double[] alive = new double[n];
        double[] expected = new double[n];
        double[] clv = new double[n];
        Parallel.forRanges(n, (from, to) -> {
            for (int i = from; i < to; i++) {
                int x = s.frequency(i);
                int g = histories.groupOf(i);
                double p = purchases.probabilityAlive(x, s.recency(i), s.age(i));
                alive[i] = p;
                expected[i] = futurePerAlive[g] * p;
                clv[i] = valuePerAliveAndSpend[g] * p * spend.expectedAverageSpend(x, s.monetaryValue(i));
            }
        });
        return new CustomerScores(alive, expected, clv, groups);
    }

    /** P(alive) of customer i at the calibration end. */
    double alive(int i) {
        return alive[i];
    }

    /** Expected purchases of customer i over the horizon. */
    double expectedPurchases(int i) {
        return expected[i];
    }

    /** CLV of customer i over the horizon. */
    double clv(int i) {
        return clv[i];
    }

    /** Distinct (x, T) pairs the expectations were computed for. */
    int distinctHistories() {
        return distinctHistories;
    }
}
