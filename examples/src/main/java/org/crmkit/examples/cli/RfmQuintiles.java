package org.crmkit.examples.cli;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Arrays;

/**
 * RFM quintile scores within one population, by the rule crmkit's value context uses: the cut
 * points are the 20th, 40th, 60th and 80th percentiles by nearest rank (the value at rank
 * ⌈k·n/5⌉ of the sorted values), and a value scores 1 plus the number of cut points it is
 * strictly above, so equal values always score the same and ties at a cut point take the lower
 * score. Recency scores the other way round (fewer days since the last purchase is better).
 *
 * @since 0.1
 */
public final class RfmQuintiles {

    private final double[] cuts;

    private RfmQuintiles(double[] cuts) {
        this.cuts = cuts;
    }

    /** The quintiles of {@code values} (not changed; an empty population scores everything 1 or 5). */
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
