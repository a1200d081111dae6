package org.crmkit.value.btyd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.MathContext;
import org.crmkit.value.btyd.internal.Hypergeometric;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Models whose dropout shapes make a + b + x − 1 ≤ 0 (or a = 1), where the textbook hypergeometric
 * form of the BG/NBD expectation has a zero or negative lower parameter, still predict what the
 * model implies.
 */
class SmallDropoutShapesTest {

    private static final BgNbdModel SMALL_SHAPES = BgNbdModel.of(0.2426, 4.4135, 0.121, 0.263);

    @ParameterizedTest(name = "a {0}, b {1}, t {2}, x {3}, t_x {4}, T {5}")
    @CsvSource({
            "0.121, 0.263, 39, 0, 0, 38.86",
            "0.121, 0.263, 10, 0, 0, 0",
            "0.121, 0.263, 52, 1, 2, 40",
            "0.4, 0.6, 39, 0, 0, 20",
            "1.0, 2.4258, 39, 0, 0, 20",
            "1.0, 2.4258, 39, 3, 30, 38"})
    void conditional_expected_purchases_equal_the_numerical_integral_for_any_positive_shapes(double a, double b,
            double t, int x, double tx, double age) {
        // given
        BgNbdModel model = BgNbdModel.of(0.2426, 4.4135, a, b);

        // when
        double integral = NumericalBgNbd.conditionalExpectedPurchases(model, t, x, tx, age);

        // then
        assertThat(model.expectedPurchases(t, x, tx, age)).isCloseTo(integral, within(1e-7 * Math.max(1, integral)));
    }

    @Test
    void a_hypergeometric_series_with_a_negative_lower_parameter_matches_the_power_series_in_high_precision() {
        // given 2F1(r + x, b + x; a + b + x - 1; z) for x = 0, a = 0.121, b = 0.263, r = 0.2426
        double c = 0.121 + 0.263 - 1;
        double z = 0.4;

        // when
        double series = Hypergeometric.minusOne(0.2426, 0.263, c, z);

        // then
        assertThat(series).isCloseTo(exactMinusOne(0.2426, 0.263, c, z), within(1e-14));
    }

    @Test
    void a_non_positive_integer_lower_parameter_is_reported_as_undefined() {
        // then
        assertThatThrownBy(() -> Hypergeometric.minusOne(0.5, 0.5, -2, 0.3)).isInstanceOf(ArithmeticException.class)
                .hasMessageContaining("undefined");
        assertThat(Hypergeometric.minusOne(-1, 0.5, -2, 0.3)).isCloseTo(0.5 * 0.3 / 2, within(1e-15));
    }

    @Test
    void lifetime_value_and_the_purchase_count_distribution_work_for_small_shapes() {
        // given
        GammaGammaModel spend = GammaGammaModel.of(6.2488, 3.7446, 15.4477);

        // when
        double clv = CustomerLifetimeValue.of(12, 0.01).value(SMALL_SHAPES, spend, PeriodUnit.WEEKS, 0, 0, 38.86, 0);
        double total = 0;
        for (int n = 0; n <= 2000; n++) {
            total += SMALL_SHAPES.probabilityOfPurchases(n, 39);
        }

        // then
        assertThat(clv).isPositive().isFinite();
        assertThat(total).isCloseTo(1.0, within(1e-6));
    }

    /** Σ_{k≥1} (a)_k (b)_k / ((c)_k k!) z^k with 60 significant digits, to 400 terms. */
    private static double exactMinusOne(double a, double b, double c, double z) {
        MathContext mc = new MathContext(60);
        BigDecimal term = BigDecimal.ONE;
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal bz = new BigDecimal(z);
        for (int k = 0; k < 400; k++) {
            BigDecimal num = new BigDecimal(a).add(BigDecimal.valueOf(k)).multiply(new BigDecimal(b).add(BigDecimal.valueOf(k)), mc);
            BigDecimal den = new BigDecimal(c).add(BigDecimal.valueOf(k)).multiply(BigDecimal.valueOf(k + 1L), mc);
            term = term.multiply(num, mc).divide(den, mc).multiply(bz, mc);
            sum = sum.add(term, mc);
        }
        return sum.doubleValue();
    }
}
