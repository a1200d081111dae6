package org.crmkit.value;

import java.util.Arrays;

/**
 * Quintile cut points of one measure over a tenant's customers: the 20th, 40th, 60th and 80th
 * percentiles by nearest rank. A value scores 1 plus the number of cut points it is strictly
 * above, so equal values always score the same and ties at a cut point take the lower score.
 */
final class Quintiles {

    private final double[] cuts;

    private Quintiles(double[] cuts) {
        this.cuts = cuts;
    }

    /** Cut points of the first {@code n} values (the array is sorted in place). */
    static Quintiles of(double[] values, int n) {
        double[] cuts = new double[4];
        if (n > 0) {
            Arrays.sort(values, 0, n);
            for (int i = 1; i <= 4; i++) {
                int rank = (int) Math.ceil(i * n / 5.0);
                cuts[i - 1] = values[Math.max(0, rank - 1)];
            }
        }
        return new Quintiles(cuts);
    }

    /** 1 to 5: higher values score higher. */
    int score(double value) {
        int s = 1;
        for (double cut : cuts) {
            if (value > cut) {
                s++;
            }
        }
        return s;
    }

    /** 1 to 5: lower values score higher (recency in days). */
    int reverseScore(double value) {
        int s = 5;
        for (double cut : cuts) {
            if (value > cut) {
                s--;
            }
        }
        return s;
    }
}
