package org.crmkit.value.scoring;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * Where the value pyramid is cut, as shares of the tenant's scored customers ranked by value
 * (predicted CLV when the models could be fitted, otherwise net spend). Customers with equal value
 * land on the same level, so a level can hold a little more than its share.
 *
 * @param gold share at the top, e.g. 0.05
 * @param silver share below gold
 * @param iron share below silver; the rest is lead
 * @since 0.1
 */
public record ValuePyramid(double gold, double silver, double iron) {

    /** The defaults: gold the top 5%, silver the next 15%, iron the next 30%, lead the bottom half. */
    public static final ValuePyramid DEFAULT = new ValuePyramid(0.05, 0.15, 0.30);

    /**
     * Checks the shares.
     *
     * @throws IllegalArgumentException unless every share is positive and together they leave a
     *     share for lead
     */
    public ValuePyramid {
        checkArgument(gold > 0 && silver > 0 && iron > 0, "shares must be positive but were %s, %s, %s", gold, silver, iron);
        checkArgument(gold + silver + iron < 1.0, "gold, silver and iron must leave a share for lead but add up to %s",
                gold + silver + iron);
    }

    /**
     * The least value that still reaches gold, silver and iron, from the values of every scored
     * customer (the array is sorted in place).
     */
    double[] thresholds(double[] values, int n) {
        java.util.Arrays.sort(values, 0, n);
        double[] shares = {gold, gold + silver, gold + silver + iron};
        double[] thresholds = new double[3];
        for (int i = 0; i < 3; i++) {
            int fromTop = (int) Math.max(1, Math.round(Math.ceil(shares[i] * n - 1e-9)));
            thresholds[i] = n == 0 ? 0 : values[Math.max(0, n - fromTop)];
        }
        return thresholds;
    }

    /** The level of {@code value} given {@link #thresholds}. */
    static ValueLevel levelOf(double value, double[] thresholds) {
        if (value >= thresholds[0]) {
            return ValueLevel.GOLD;
        }
        if (value >= thresholds[1]) {
            return ValueLevel.SILVER;
        }
        return value >= thresholds[2] ? ValueLevel.IRON : ValueLevel.LEAD;
    }
}
