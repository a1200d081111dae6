package org.crmkit.value;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Arrays;

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
    /** Distinct scaled recencies of repeat buyers. */
    final double[] recencyValues;
    /** Repeat-buyer rows: index into xValues, recencyValues, ageValues, and the weight. */
    final int[] rowX;
    final int[] rowRecency;
    final int[] rowAge;
    final double[] rowWeight;
    /** Number of customers (entries) the rows came from. */
    final int customers;

    private BgNbdRows(Builder b) {
        scale = b.scale;
        totalWeight = b.totalWeight;
        totalRepeats = b.totalRepeats;
        xValues = toInts(b.xs.keysInOrder());
        xWeights = trim(b.xWeights, xValues.length);
        ageValues = scaled(b.ages.keysInOrder(), scale);
        ageWeights = trim(b.ageWeights, ageValues.length);
        ageRepeats = trim(b.ageRepeats, ageValues.length);
        recencyValues = scaled(b.recencies.keysInOrder(), scale);
        int rows = b.rowCount;
        rowX = Arrays.copyOf(b.rowX, rows);
        rowRecency = Arrays.copyOf(b.rowRecency, rows);
        rowAge = Arrays.copyOf(b.rowAge, rows);
        rowWeight = trim(b.rowWeight, rows);
        customers = b.customers;
    }

    /** Number of distinct repeat-buyer rows. */
    int rows() {
        return rowX.length;
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
        double maxAge = 0;
        for (int i = 0; i < x.length; i++) {
            check(i, x[i], tx[i], age[i], weights == null ? 1 : weights[i]);
            maxAge = Math.max(maxAge, age[i]);
        }
        Builder b = new Builder(x.length, maxAge > 0 ? 1.0 / maxAge : 1.0);
        for (int i = 0; i < x.length; i++) {
            b.add(x[i], tx[i], age[i], weights == null ? 1.0 : weights[i]);
        }
        return new BgNbdRows(b);
    }

    private static void check(int i, int x, double tx, double age, double w) {
        checkArgument(x >= 0, "customer %s: frequency must be >= 0 but was %s", i, x);
        checkArgument(tx >= 0 && Double.isFinite(tx), "customer %s: recency must be finite and >= 0 but was %s", i, (Object) tx);
        checkArgument(Double.isFinite(age) && tx <= age, "customer %s: recency %s must not exceed T %s", i, tx, age);
        checkArgument(x > 0 || tx == 0, "customer %s: recency must be 0 when frequency is 0 but was %s", i, (Object) tx);
        checkArgument(w > 0 && Double.isFinite(w), "customer %s: weight must be > 0 but was %s", i, (Object) w);
    }

    /** Collects the distinct values and rows. */
    private static final class Builder {
        final double scale;
        final int customers;
        final LongIntMap xs = new LongIntMap(64);
        final LongIntMap ages;
        final LongIntMap recencies;
        final LongIntMap rowIndex;
        double[] xWeights = new double[64];
        double[] ageWeights;
        double[] ageRepeats;
        int[] rowX;
        int[] rowRecency;
        int[] rowAge;
        double[] rowWeight;
        int rowCount;
        double totalWeight;
        double totalRepeats;

        Builder(int n, double scale) {
            this.scale = scale;
            this.customers = n;
            int guess = Math.min(n, 1 << 16);
            ages = new LongIntMap(guess);
            recencies = new LongIntMap(guess);
            rowIndex = new LongIntMap(guess);
            ageWeights = new double[guess + 1];
            ageRepeats = new double[guess + 1];
            rowX = new int[guess + 1];
            rowRecency = new int[guess + 1];
            rowAge = new int[guess + 1];
            rowWeight = new double[guess + 1];
        }

        void add(int x, double tx, double age, double w) {
            totalWeight += w;
            totalRepeats += w * x;
            int xi = xs.indexOf(x);
            xWeights = ensure(xWeights, xi);
            xWeights[xi] += w;
            int ai = ages.indexOf(Double.doubleToLongBits(age + 0.0));
            ageWeights = ensure(ageWeights, ai);
            ageRepeats = ensure(ageRepeats, ai);
            ageWeights[ai] += w;
            ageRepeats[ai] += w * x;
            if (x == 0) {
                return;
            }
            int ri = recencies.indexOf(Double.doubleToLongBits(tx + 0.0));
            checkArgument(xi < (1 << 16) && ri < (1 << 24) && ai < (1 << 24),
                    "more than 65,536 distinct frequencies or 16,777,216 distinct recencies or ages");
            int row = rowIndex.indexOf(((long) xi << 48) | ((long) ri << 24) | ai);
            if (row == rowCount) {
                growRows(row);
                rowX[row] = xi;
                rowRecency[row] = ri;
                rowAge[row] = ai;
                rowCount++;
            }
            rowWeight[row] += w;
        }

        private void growRows(int row) {
            if (row >= rowX.length) {
                int size = rowX.length * 2;
                rowX = Arrays.copyOf(rowX, size);
                rowRecency = Arrays.copyOf(rowRecency, size);
                rowAge = Arrays.copyOf(rowAge, size);
                rowWeight = Arrays.copyOf(rowWeight, size);
            }
        }

        private static double[] ensure(double[] array, int index) {
            return index < array.length ? array : Arrays.copyOf(array, Math.max(index + 1, array.length * 2));
        }
    }

    private static int[] toInts(long[] values) {
        int[] ints = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            ints[i] = (int) values[i];
        }
        return ints;
    }

    private static double[] scaled(long[] bits, double scale) {
        double[] values = new double[bits.length];
        for (int i = 0; i < bits.length; i++) {
            values[i] = Double.longBitsToDouble(bits[i]) * scale;
        }
        return values;
    }

    private static double[] trim(double[] array, int length) {
        return Arrays.copyOf(array, length);
    }
}
