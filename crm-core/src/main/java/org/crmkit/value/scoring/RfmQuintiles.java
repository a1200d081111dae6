package org.crmkit.value.scoring;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Arrays;

/**
 * RFM quintile scores within one population, the rule of every scoring run ({@link RfmScore}) and
 * of {@code crm analyze}: the cut points are the 20th, 40th, 60th and 80th percentiles by nearest
 * rank (the value at rank ⌈k·n/5⌉ of the sorted values), and a value scores 1 plus the number of
 * cut points it is strictly above, so equal values always score the same and ties at a cut point
 * take the lower score. Recency scores the other way round (fewer days since the last purchase is
 * better).
 *
 * @since 0.2
 */
public final class RfmQuintiles {

    /** Above this, whole numbers are sorted rather than counted. */
    private static final int MAX_COUNTED = 1 << 24;

    private final double[] cuts;

    private RfmQuintiles(double[] cuts) {
        this.cuts = cuts;
    }

    /**
     * The quintiles of {@code values} (not changed; an empty population scores everything 1 or 5).
     *
     * @throws NullPointerException if {@code values} is null
     */
    public static RfmQuintiles of(double[] values) {
        checkNotNull(values, "values");
        double[] sorted = values.clone();
        Arrays.parallelSort(sorted);
        int n = sorted.length;
        double[] cuts = new double[4];
        for (int k = 1; k <= 4 && n > 0; k++) {
            int rank = (int) Math.ceil(k * n / 5.0);
            cuts[k - 1] = sorted[Math.max(rank, 1) - 1];
        }
        return new RfmQuintiles(cuts);
    }

    /**
     * The quintiles of whole numbers ≥ 0 such as days (not changed), the same as {@link #of} gives for
     * them, found by counting instead of sorting.
     *
     * @throws IllegalArgumentException if a value is negative
     */
    public static RfmQuintiles ofWholeNumbers(int[] values) {
        checkNotNull(values, "values");
        int max = 0;
        for (int v : values) {
            checkArgument(v >= 0, "values must be >= 0 but one was %s", v);
            max = Math.max(max, v);
        }
        if (max > MAX_COUNTED) {
            return of(Arrays.stream(values).asDoubleStream().toArray());
        }
        int[] counts = new int[max + 1];
        for (int v : values) {
            counts[v]++;
        }
        int n = values.length;
        double[] cuts = new double[4];
        long below = 0;
        int value = 0;
        for (int k = 1; k <= 4 && n > 0; k++) {
            int rank = Math.max(1, (int) Math.ceil(k * n / 5.0));
            while (below + counts[value] < rank) {
                below += counts[value];
                value++;
            }
            cuts[k - 1] = value;
        }
        return new RfmQuintiles(cuts);
    }

    /** 1 to 5, higher values scoring higher (frequency, monetary value). */
    public int score(double value) {
        int score = 1;
        for (double cut : cuts) {
            score += value > cut ? 1 : 0;
        }
        return score;
    }

    /** 1 to 5, lower values scoring higher (recency in days since the last purchase). */
    public int reverseScore(double value) {
        return 6 - score(value);
    }
}
