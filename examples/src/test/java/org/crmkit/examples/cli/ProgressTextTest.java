package org.crmkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The progress lines' numbers are the text String.format writes in Locale.ROOT, without its Formatter. */
class ProgressTextTest {

    @Test
    void counts_are_grouped_by_three_as_percent_comma_d_groups_them() {
        List<Long> values = new ArrayList<>(List.of(0L, 1L, -1L, 999L, 1000L, -1000L, 999_999L, 1_000_000L, 2_778_211L,
                Long.MAX_VALUE, Long.MIN_VALUE, Long.MIN_VALUE + 1));
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 10_000; i++) {
            values.add(random.nextLong() >> random.nextInt(64));
        }
        for (long value : values) {
            assertThat(Progress.count(value)).as("%d", value).isEqualTo(String.format(Locale.ROOT, "%,d", value));
        }
    }

    @Test
    void decimals_are_rounded_half_up_as_percent_dot_n_f_rounds_them() {
        List<Double> values = new ArrayList<>(List.of(0.0, -0.0, 0.005, 0.015, 0.125, -0.125, 0.2345, 1.0 / 3, -2.0 / 3, 0.99995,
                -0.001, 9.995, 1e15, 1.5e300, -1e-300, Double.MIN_VALUE, Double.MAX_VALUE, -6874526.042644244, 2139019.6114,
                Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY));
        SplittableRandom random = new SplittableRandom(11);
        for (int i = 0; i < 10_000; i++) {
            // short decimals (many on a tie once scaled) and doubles of every magnitude
            values.add(random.nextInt(-100_000, 100_000) / 1000.0);
            values.add((random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(-8, 16)));
        }
        for (double value : values) {
            for (int decimals = 0; decimals <= 4; decimals++) {
                assertThat(Progress.decimals(value, decimals)).as("%s to %d", value, decimals)
                        .isEqualTo(String.format(Locale.ROOT, "%." + decimals + "f", value));
                assertThat(Progress.groupedDecimals(value, decimals)).as("%s grouped to %d", value, decimals)
                        .isEqualTo(String.format(Locale.ROOT, "%,." + decimals + "f", value));
            }
        }
    }
}
