package org.crmkit.value.btyd;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Strings.lenientFormat;

import java.util.Arrays;
import org.crmkit.value.btyd.internal.LongIntMap;

/**
 * Customers compressed for the BG/NBD likelihood: times rescaled so the oldest customer has age 1
 * (as {@code lifetimes} does, which also fixes what the penalizer sees as alpha), distinct
 * frequencies, distinct ages and recencies as tables, and the repeat buyers as distinct
 * (x, t_x, T) rows with weights. Customers without repeats enter only through per-age totals.
 */
final class BgNbdRows {

    /** Time scale: scaled time = time × scale, with scale = 1 / max T. */
    final double scale;
    /** Total weight (number of customers). */
    final double totalWeight;
    /** Σ w·x, the number of repeat purchases. */
    final double totalRepeats;
    /** Distinct frequencies and their total weights. */
    final int[] xValues;
    final double[] xWeights;
    /** Distinct scaled ages, with the weight and the weighted frequency of the customers of each. */
    final double[] ageValues;
    final double[] ageWeights;
    final double[] ageRepeats;
    /** Distinct scaled recencies. */
    final double[] recencyValues;
    /** Repeat-buyer rows: index into xValues, recencyValues, ageValues, and the weight. */
    final int[] rowX;
    final int[] rowRecency;
    final int[] rowAge;
    final double[] rowWeight;
    /** Number of entries (customers or weighted rows) the data came from. */
    final int customers;

    private BgNbdRows(DistinctHistories h, int customers) {
        this.customers = customers;
        double maxAge = 0;
        for (double a : h.ages) {
            maxAge = Math.max(maxAge, a);
        }
        scale = maxAge > 0 ? 1.0 / maxAge : 1.0;
        ageValues = scaled(h.ages, scale);
        recencyValues = scaled(h.recencies, scale);
        ageWeights = new double[ageValues.length];
        ageRepeats = new double[ageValues.length];
        LongIntMap xs = new LongIntMap(64);
        double[] perX = new double[64];
        int repeatRows = 0;
        double weight = 0;
        double repeats = 0;
        for (int row = 0; row < h.size(); row++) {
            double w = h.count[row];
            int x = h.x[row];
            weight += w;
            repeats += w * x;
            ageWeights[h.ageOfRow[row]] += w;
            ageRepeats[h.ageOfRow[row]] += w * x;
            int k = xs.indexOf(x);
            perX = k < perX.length ? perX : Arrays.copyOf(perX, perX.length * 2);
            perX[k] += w;
            repeatRows += x > 0 ? 1 : 0;
        }
        totalWeight = weight;
        totalRepeats = repeats;
        long[] keys = xs.keysInOrder();
        xValues = new int[keys.length];
        for (int k = 0; k < keys.length; k++) {
            xValues[k] = (int) keys[k];
        }
        xWeights = Arrays.copyOf(perX, keys.length);
        rowX = new int[repeatRows];
        rowRecency = new int[repeatRows];
        rowAge = new int[repeatRows];
        rowWeight = new double[repeatRows];
        int i = 0;
        for (int row = 0; row < h.size(); row++) {
            if (h.x[row] > 0) {
                rowX[i] = xs.indexOf(h.x[row]);
                rowRecency[i] = h.recencyOfRow[row];
                rowAge[i] = h.ageOfRow[row];
                rowWeight[i++] = h.count[row];
            }
        }
    }

    /** Number of distinct repeat-buyer rows. */
    int rows() {
        return rowX.length;
    }

    /** The rows of a summary's distinct histories (already validated by the summary). */
    static BgNbdRows of(DistinctHistories histories) {
        return new BgNbdRows(histories, histories.rowOfCustomer.length);
    }

    /**
     * Compresses customers given as parallel arrays.
     *
     * @param weights per-customer counts, or {@code null} for one each
     * @throws IllegalArgumentException if the arrays differ in length or a customer is inconsistent
     *     (negative values, t_x > T, t_x ≠ 0 with x = 0, a non-positive weight)
     */
    static BgNbdRows of(int[] x, double[] tx, double[] age, double[] weights) {
        checkArgument(x.length == tx.length && x.length == age.length && (weights == null || weights.length == x.length),
                "frequency, recency, T and weights must have the same length but had %s, %s, %s and %s", x.length,
                tx.length, age.length, weights == null ? "none" : weights.length);
        for (int i = 0; i < x.length; i++) {
            check(i, x[i], tx[i], age[i], weights == null ? 1 : weights[i]);
        }
        return new BgNbdRows(DistinctHistories.of(x, tx, age, weights), x.length);
    }

    static void check(int i, int x, double tx, double age, double w) {
        checkArgument(x >= 0, "customer %s: frequency must be >= 0 but was %s", i, x);
        if (!(tx >= 0 && Double.isFinite(tx))) {
            throw new IllegalArgumentException(lenientFormat("customer %s: recency must be finite and >= 0 but was %s", i, tx));
        }
        if (!(Double.isFinite(age) && tx <= age)) {
            throw new IllegalArgumentException(lenientFormat("customer %s: recency %s must not exceed T %s", i, tx, age));
        }
        if (!(x > 0 || tx == 0)) {
            throw new IllegalArgumentException(lenientFormat("customer %s: recency must be 0 when frequency is 0 but was %s", i,
                    tx));
        }
        if (!(w > 0 && Double.isFinite(w))) {
            throw new IllegalArgumentException(lenientFormat("customer %s: weight must be > 0 but was %s", i, w));
        }
    }

    private static double[] scaled(double[] values, double scale) {
        double[] scaled = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            scaled[i] = values[i] * scale;
        }
        return scaled;
    }
}
