package org.crmkit.value.btyd;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Locale;
import org.crmkit.value.btyd.internal.LongIntMap;

/**
 * Every distinct (x, t_x, T) history of a summary with its weight, times rescaled so the oldest
 * customer has age 1 (as {@link BgNbdRows}, which fixes what a penalizer sees as a time-scale
 * parameter), and the distinct frequencies, so that terms depending on x alone are computed once per
 * distinct x. The MBG/NBD and Pareto/NBD likelihoods run over these rows; unlike BG/NBD, customers
 * without repeat purchases need a per-row term there too.
 */
final class HistoryRows {

    /** Time scale: scaled time = time × scale, with scale = 1 / max T. */
    final double scale;
    final int[] x;
    final double[] tx;
    final double[] age;
    final double[] weight;
    /** Distinct frequencies, and per row the index of its frequency among them. */
    final int[] xValues;
    final int[] xOfRow;
    final double totalWeight;
    final double totalRepeats;
    /** Number of entries (customers or weighted rows) the data came from. */
    final int customers;

    private HistoryRows(DistinctHistories h, int customers) {
        this.customers = customers;
        double maxAge = 0;
        for (double a : h.ages) {
            maxAge = Math.max(maxAge, a);
        }
        scale = maxAge > 0 ? 1.0 / maxAge : 1.0;
        int n = h.size();
        x = h.x.clone();
        tx = new double[n];
        age = new double[n];
        weight = h.count.clone();
        xOfRow = new int[n];
        LongIntMap xs = new LongIntMap(64);
        double w = 0;
        double repeats = 0;
        for (int row = 0; row < n; row++) {
            tx[row] = h.tx[row] * scale;
            age[row] = h.age[row] * scale;
            xOfRow[row] = xs.indexOf(x[row]);
            w += weight[row];
            repeats += weight[row] * x[row];
        }
        long[] keys = xs.keysInOrder();
        xValues = new int[keys.length];
        for (int k = 0; k < keys.length; k++) {
            xValues[k] = (int) keys[k];
        }
        totalWeight = w;
        totalRepeats = repeats;
    }

    /** Number of distinct histories. */
    int rows() {
        return x.length;
    }

    /** The rows of a summary's distinct histories (already validated by the summary). */
    static HistoryRows of(DistinctHistories histories) {
        return new HistoryRows(histories, histories.rowOfCustomer.length);
    }

    /**
     * Customers given as parallel arrays.
     *
     * @param weights per-customer counts, or {@code null} for one each
     * @throws IllegalArgumentException if the arrays differ in length or a customer is inconsistent
     *     (negative or non-finite values, t_x > T, t_x ≠ 0 with x = 0, a non-positive weight)
     */
    static HistoryRows of(int[] x, double[] tx, double[] age, double[] weights) {
        checkArgument(x.length == tx.length && x.length == age.length && (weights == null || weights.length == x.length),
                "frequency, recency, T and weights must have the same length but had %s, %s, %s and %s", x.length,
                tx.length, age.length, weights == null ? "none" : weights.length);
        for (int i = 0; i < x.length; i++) {
            BgNbdRows.check(i, x[i], tx[i], age[i], weights == null ? 1 : weights[i]);
        }
        return new HistoryRows(DistinctHistories.of(x, tx, age, weights), x.length);
    }

    /**
     * Refuses data that cannot identify a four-parameter purchase model: no customers, a single
     * one, or nobody with a repeat purchase.
     *
     * @throws ModelFitException naming the model and the figures
     */
    void checkIdentifiable(String model) {
        if (customers == 0 || totalWeight == 0) {
            throw new ModelFitException("cannot fit " + model + " to no customers; the summary is empty");
        }
        if (totalWeight < 2) {
            throw new ModelFitException("cannot fit the 4 " + model + " parameters to a single customer; fit a population of"
                    + " customers");
        }
        if (totalRepeats == 0) {
            throw new ModelFitException(String.format(Locale.ROOT, "cannot fit %s: none of the %,.0f customers made a repeat"
                    + " purchase (every frequency is 0), so the purchase rate and dropout cannot be told apart; use a longer"
                    + " calibration period", model, totalWeight));
        }
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%,.0f customers in %,d distinct histories (%s distinct frequencies)", totalWeight,
                rows(), xValues.length);
    }
}
