package org.crmkit.value.btyd;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.stream.IntStream;
import org.crmkit.value.btyd.internal.ChunkedSums;
import org.crmkit.value.btyd.internal.LongIntMap;

/**
 * The forecasts of a fitted purchase model (BG/NBD, MBG/NBD or Pareto/NBD) for every customer of a summary: P(alive), expected
 * purchases over the lifetime-value horizon, and lifetime value for a spend per purchase, computed
 * on all cores. The figures are those of {@link PurchaseModel#probabilityAlive(int, double, double)},
 * {@link PurchaseModel#expectedPurchases(double, int, double, double)} and {@link
 * CustomerLifetimeValue#valueWithSpend} (as {@code lifetimes} computes them), up to rounding in the
 * last bits.
 *
 * <p>Why it is fast: in all three models both expectations are a factor of (x, T, t) times
 * P(alive | x, t_x, T) (eq. 10 of Fader, Hardie and Lee 2005 for BG/NBD, likewise for the others), so the hypergeometric series runs once per distinct (x, T) pair
 * (a million customers share a few thousand) and P(alive) once per distinct (x, t_x, T) history.
 * Memory: three {@code double}s per customer. Immutable.
 *
 * @since 0.2
 */
public final class CustomerForecasts {

    private final double[] alive;
    private final double[] expected;
    private final int[] pairOfCustomer;
    private final double[] valuePerAlive;
    private final RepeatPurchaseSummary summary;
    private final int[] historyOfCustomer;
    private final int histories;

    private CustomerForecasts(double[] alive, double[] expected, int[] pairOfCustomer, double[] valuePerAlive,
            RepeatPurchaseSummary summary, DistinctHistories histories) {
        this.alive = alive;
        this.expected = expected;
        this.pairOfCustomer = pairOfCustomer;
        this.valuePerAlive = valuePerAlive;
        this.summary = summary;
        this.historyOfCustomer = histories.rowOfCustomer;
        this.histories = histories.size();
    }

    /**
     * Forecasts every customer of {@code summary} with {@code purchases}, over the horizon of
     * {@code lifetime} ({@code lifetime.months()} months of the summary's unit, {@link
     * PeriodUnit#periodsPerMonth()} periods each).
     *
     * @throws ArithmeticException if the horizon is so long against a customer's age that the series
     *     does not converge (see {@link PurchaseModel#expectedPurchases(double, int, double, double)})
     */
    public static CustomerForecasts of(PurchaseModel purchases, CustomerLifetimeValue lifetime, RepeatPurchaseSummary summary) {
        checkNotNull(purchases, "purchases");
        checkNotNull(lifetime, "lifetime");
        checkNotNull(summary, "summary");
        PeriodUnit unit = summary.unit();
        double horizon = lifetime.months() * unit.periodsPerMonth();
        DistinctHistories histories = summary.histories();
        int rows = histories.size();
        LongIntMap pairIndex = new LongIntMap(1024);
        int[] pairOfRow = new int[rows];
        int[] firstRowOfPair = new int[rows];
        int pairs = 0;
        for (int row = 0; row < rows; row++) {
            int pair = pairIndex.indexOf(((long) histories.x[row] << 32) | histories.ageOfRow[row]);
            if (pair == pairs) {
                firstRowOfPair[pairs++] = row;
            }
            pairOfRow[row] = pair;
        }
        double[] futurePerAlive = new double[pairs];
        double[] valuePerAlive = new double[pairs];
        IntStream.range(0, pairs).parallel().forEach(g -> {
            int row = firstRowOfPair[g];
            int x = histories.x[row];
            double age = histories.age[row];
            double tx = x == 0 ? 0 : age;
            double aliveThere = purchases.probabilityAlive(x, tx, age);
            futurePerAlive[g] = aliveThere == 0 ? 0 : purchases.expectedPurchases(horizon, x, tx, age) / aliveThere;
            valuePerAlive[g] = aliveThere == 0 ? 0 : lifetime.valueWithSpend(purchases, unit, x, tx, age, 1.0) / aliveThere;
        });
        double[] aliveOfRow = histories.perRow(purchases::probabilityAlive);
        int n = summary.size();
        double[] alive = new double[n];
        double[] expected = new double[n];
        int[] pairOfCustomer = new int[n];
        ChunkedSums.forEach(n, true, (from, to) -> {
            for (int i = from; i < to; i++) {
                int row = histories.rowOfCustomer[i];
                double p = aliveOfRow[row];
                int g = pairOfRow[row];
                alive[i] = p;
                expected[i] = futurePerAlive[g] * p;
                pairOfCustomer[i] = g;
            }
        });
        return new CustomerForecasts(alive, expected, pairOfCustomer, valuePerAlive, summary, histories);
    }

    /**
     * Number of distinct histories (frequency, recency, T) among the customers; a million customers
     * summarised from dated orders typically have a few hundred thousand.
     *
     * @since 0.2
     */
    public int histories() {
        return histories;
    }

    /**
     * The history of customer i, in [0, {@link #histories()}): customers with the same history have
     * the same {@link #probabilityAlive(int)} and {@link #expectedPurchases(int)}, to the last bit,
     * so a report can format those once per history.
     *
     * @since 0.2
     */
    public int history(int i) {
        return historyOfCustomer[i];
    }

    /** Number of customers, as in the summary. */
    public int size() {
        return alive.length;
    }

    /** Distinct (x, T) pairs the expectations were computed for. */
    public int distinctPairs() {
        return valuePerAlive.length;
    }

    /** P(alive) of customer i at the calibration end. */
    public double probabilityAlive(int i) {
        return alive[i];
    }

    /** Expected purchases of customer i over the horizon. */
    public double expectedPurchases(int i) {
        return expected[i];
    }

    /**
     * Lifetime value of customer i over the horizon, discounted, with the margin applied, given the
     * spend per purchase (currency units) expected of the customer.
     */
    public double lifetimeValue(int i, double spendPerPurchase) {
        return valuePerAlive[pairOfCustomer[i]] * alive[i] * spendPerPurchase;
    }

    /**
     * Lifetime value of every customer, by index, with the spend per purchase the Gamma-Gamma model
     * {@code spend} expects of each ({@link GammaGammaModel#expectedAverageSpend}), on all cores.
     *
     * @throws IllegalStateException if the spend model's q ≤ 1 (infinite mean spend)
     */
    public double[] lifetimeValues(GammaGammaModel spend) {
        checkNotNull(spend, "spend");
        spend.populationMeanSpend();
        double[] values = new double[size()];
        ChunkedSums.forEach(values.length, true, (from, to) -> {
            for (int i = from; i < to; i++) {
                values[i] = lifetimeValue(i, spend.expectedAverageSpend(summary.frequency(i), summary.monetaryValue(i)));
            }
        });
        return values;
    }
}
