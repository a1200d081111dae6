package org.crmkit.value.btyd.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * ln B(a, b) to 1e-13 relative where b is huge (a BG/NBD fit can push b to 1e12 and beyond), and
 * where both are moderate. The old ln Γ(a) + ln Γ(b) − ln Γ(a + b) lost 1.4e-6 relative at b = 1e12.
 */
class LogBetaOfHugeArgumentsTest {

    private static final double RELATIVE = 1e-13;

    /**
     * For a whole number a, B(a, b) = (a − 1)! / (b (b + 1) ... (b + a − 1)), so ln B is
     * ln (a − 1)! minus a sum of a logarithms of the same sign: each term is within half an ulp,
     * so the sum is within a few 1e-16 relative, far below what the test demands.
     */
    @ParameterizedTest(name = "ln B({0}, {1})")
    @CsvSource({"1, 1e12", "2, 1e12", "7, 1e12", "3, 4.5e15", "1, 1e300", "12, 1e9", "16, 1e12", "40, 1e12", "5, 17.25"})
    void matches_the_closed_form_for_a_whole_first_argument(int a, double b) {
        // given
        double expected = 0;
        for (int k = 2; k < a; k++) {
            expected += Math.log(k);
        }
        for (int k = 0; k < a; k++) {
            expected -= Math.log(b + k);
        }

        // then
        assertThat(SpecialFunctions.logBeta(a, b)).isCloseTo(expected, within(RELATIVE * Math.abs(expected)));
        assertThat(SpecialFunctions.logBeta(b, a)).isCloseTo(expected, within(RELATIVE * Math.abs(expected)));
    }

    /**
     * References computed with Python's mpmath 1.3.0 at 50 significant digits, the arguments taken
     * as the exact doubles ({@code A = mpf(a)}), as {@code loggamma(A) + loggamma(B) - loggamma(A + B)}
     * and printed to 20 digits; {@code log(beta(A, B))} gives the same digits.
     */
    @ParameterizedTest(name = "ln B({0}, {1})")
    @CsvSource({
        "0.5, 1e12, -13.243145615039449017",
        "0.1, 1e12, -0.5103894598586040722",
        "2.5, 1e8, -45.767019008157994396",
        "20.3, 1e10, -427.19143706194354984",
        "1e3, 1e12, -21725.800693218866996",
        "16.0, 1e15, -524.7211509347301926",
        "30.0, 40.0, -48.301749095916125196",
        "0.7, 3.2, -0.52130827355516426068"})
    void matches_high_precision_references(double a, double b, double expected) {
        // then
        assertThat(SpecialFunctions.logBeta(a, b)).isCloseTo(expected, within(RELATIVE * Math.abs(expected)));
        assertThat(SpecialFunctions.logBeta(b, a)).isCloseTo(expected, within(RELATIVE * Math.abs(expected)));
    }
}
