package org.crmkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DecimalTextTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"0, 0", "1, 1", "-2.5, -2.5", "29.33, 29.33", "22.345, 22.345", "30.428571428571427, 30.4285714286",
        "0.05, 0.05", "0.000012345, 0.000012345", "0.0000012345, 1.2345E-6", "123456789012345, 123456789012000",
        "99999999999999.7, 100000000000000", "1234567890123456, 1.23456789012E15", "9.999999999999996, 10", "1e300, 1E300", "1234567, 1234567",
        "12345678901234, 12345678901200", "0.1, 0.1", "100, 100", "1.5e-300, 1.5E-300"})
    void significant_digits_are_written_plainly_or_scientifically(double value, String expected) {
        // when
        String text = new ByteSink(8).decimal(value).toString();

        // then
        assertThat(text).isEqualTo(expected);
    }

    @Test
    void significant_digits_read_back_within_half_a_unit_of_the_twelfth_digit() {
        // given
        SplittableRandom random = new SplittableRandom(3);

        for (int i = 0; i < 100_000; i++) {
            double value = Math.exp(random.nextDouble(-40, 40));

            // when
            double back = Double.parseDouble(new ByteSink(8).decimal(value).toString());

            // then
            assertThat(back).isCloseTo(value, within(value * 5.1e-12));
        }
    }

    @Test
    void significant_digits_around_every_power_of_ten_have_no_trailing_zero_and_read_back() {
        // the decade a value is in is told from its binary exponent: the values on either side of each power of ten, and
        // short decimals such as prices, which end in zeros the text drops
        SplittableRandom random = new SplittableRandom(6);
        for (int power = -320; power <= 320; power++) {
            double ten = Double.parseDouble("1e" + power);
            for (double value : new double[] {ten, Math.nextUp(ten), Math.nextDown(ten), ten * 1.5, ten * 9.99,
                Math.round(random.nextDouble(1, 1e6)) / 100.0 * ten}) {
                if (value == 0 || !Double.isFinite(value)) {
                    continue;
                }

                // when
                String text = new ByteSink(8).decimal(value).toString();

                // then
                assertThat(text.replaceFirst("E.*", "")).as(text).doesNotMatch(".*\\..*0").doesNotEndWith(".");
                assertThat(new java.math.BigDecimal(text).stripTrailingZeros().precision()).as(text).isLessThanOrEqualTo(12);
                assertThat(Double.parseDouble(text)).as(text).isCloseTo(value, within(value * 5.1e-12));
            }
        }
    }

    @ParameterizedTest(name = "{0} with {1} decimals -> {2}")
    @CsvSource({"0, 2, 0.00", "1.005, 2, 1.00", "1.006, 2, 1.01", "-3.14159, 4, -3.1416", "12, 0, 12", "0.00001, 4, 0.0000",
        "-0.00001, 2, 0.00", "123456.789, 2, 123456.79", "0.5, 0, 1"})
    void fixed_decimals_round_half_up(double value, int decimals, String expected) {
        // when
        String text = new ByteSink(8).fixed(value, decimals).toString();

        // then
        assertThat(text).isEqualTo(expected);
    }

    @Test
    void repeated_decimals_are_written_as_decimals_whether_cached_or_not() {
        // given values that repeat, collide in the cache and do not fit it
        SplittableRandom random = new SplittableRandom(5);
        ByteSink cached = new ByteSink(8);
        ByteSink plain = new ByteSink(8);

        for (int i = 0; i < 50_000; i++) {
            double value = random.nextInt(10) == 0 ? -1.234567890123e-200 * i : random.nextInt(600) / 7.0;

            // when
            cached.repeatedDecimal(value).ch(',');
            plain.decimal(value).ch(',');
        }

        // then
        assertThat(cached.toString()).isEqualTo(plain.toString());
    }

    @Test
    void digits_are_the_last_count_digits_with_leading_zeros_on_either_side_of_the_int_range() {
        // given
        SplittableRandom random = new SplittableRandom(4);
        long[] edges = {0, 9, 10, 99, 100, Integer.MAX_VALUE, Integer.MAX_VALUE + 1L, 999_999_999_999L, Long.MAX_VALUE};

        for (int i = 0; i < 20_000; i++) {
            long value = i < edges.length ? edges[i] : random.nextLong(0, Long.MAX_VALUE) >>> random.nextInt(63);
            int count = 1 + random.nextInt(19);

            // when
            String text = new ByteSink(1).digits(value, count).toString();

            // then
            String all = String.format("%019d", value);
            assertThat(text).as("%s, %s digits", value, count).isEqualTo(all.substring(19 - count));
        }
    }

    @Test
    void whole_numbers_are_written_like_long_to_string() {
        // then
        for (long value : new long[] {0, 7, -7, 10, 99, 100, 12345, Long.MAX_VALUE, Long.MIN_VALUE, -1_000_000_000_000L}) {
            assertThat(new ByteSink(1).integer(value).toString()).isEqualTo(Long.toString(value));
        }
    }
}
