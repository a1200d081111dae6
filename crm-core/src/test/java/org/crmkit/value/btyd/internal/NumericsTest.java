package org.crmkit.value.btyd.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The hand-written special functions and optimiser against known values. */
class NumericsTest {

    private static final double EULER_GAMMA = 0.5772156649015329;

    @Test
    void log_gamma_matches_known_values() {
        // then
        assertThat(SpecialFunctions.logGamma(1)).isCloseTo(0, within(1e-14));
        assertThat(SpecialFunctions.logGamma(2)).isCloseTo(0, within(1e-14));
        assertThat(SpecialFunctions.logGamma(0.5)).isCloseTo(0.5 * Math.log(Math.PI), within(1e-14));
        assertThat(SpecialFunctions.logGamma(10)).isCloseTo(Math.log(362_880), within(1e-13));
        assertThat(SpecialFunctions.logGamma(1e-8)).isCloseTo(18.420680738180209, within(1e-12));
        assertThat(SpecialFunctions.logGamma(100)).isCloseTo(359.13420536957540, within(1e-11));
        assertThat(SpecialFunctions.logGamma(0.2426)).isCloseTo(1.3197854750907922, within(1e-13));
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.01, 0.3, 1.7, 6.2, 14.9, 15.1, 240})
    void log_gamma_obeys_the_recurrence_and_digamma_is_its_derivative(double x) {
        // then
        assertThat(SpecialFunctions.logGamma(x + 1) - SpecialFunctions.logGamma(x)).isCloseTo(Math.log(x), within(1e-12));
        double h = 1e-5 * Math.max(x, 0.1);
        double slope = (SpecialFunctions.logGamma(x + h) - SpecialFunctions.logGamma(x - h)) / (2 * h);
        assertThat(SpecialFunctions.digamma(x)).isCloseTo(slope, within(1e-6 * Math.max(1, Math.abs(slope))));
    }

    @Test
    void digamma_matches_known_values() {
        // then
        assertThat(SpecialFunctions.digamma(1)).isCloseTo(-EULER_GAMMA, within(1e-14));
        assertThat(SpecialFunctions.digamma(0.5)).isCloseTo(-EULER_GAMMA - 2 * Math.log(2), within(1e-14));
        assertThat(SpecialFunctions.digamma(10)).isCloseTo(2.251752589066721, within(1e-14));
    }

    @Test
    void the_hypergeometric_series_matches_closed_forms() {
        // then 2F1(1, 1; 2; z) = -ln(1 - z) / z and 2F1(a, b; b; z) = (1 - z)^-a
        for (double z : new double[] {0.01, 0.5, 0.9, 0.999}) {
            assertThat(1 + Hypergeometric.minusOne(1, 1, 2, z)).isCloseTo(-Math.log1p(-z) / z, within(1e-12 / (1 - z)));
            assertThat(1 + Hypergeometric.minusOne(0.7, 3.2, 3.2, z)).isCloseTo(Math.pow(1 - z, -0.7), within(1e-11 / (1 - z)));
        }
        assertThat(Hypergeometric.minusOne(-2, 1, 1, 0.5)).isCloseTo(0.25 - 1, within(1e-15));
        assertThatThrownBy(() -> Hypergeometric.minusOne(1, 1, 2, 1.0)).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void softplus_and_sigmoid_stay_finite_at_the_extremes() {
        // then
        assertThat(SpecialFunctions.softplus(800)).isEqualTo(800);
        assertThat(SpecialFunctions.softplus(-800)).isZero();
        assertThat(SpecialFunctions.softplus(0)).isCloseTo(Math.log(2), within(1e-16));
        assertThat(SpecialFunctions.sigmoid(-800)).isZero();
        assertThat(SpecialFunctions.sigmoid(800)).isEqualTo(1);
    }

    @Test
    void bfgs_finds_the_minimum_of_the_rosenbrock_valley() {
        // given
        DifferentiableFunction rosenbrock = new DifferentiableFunction() {
            @Override
            public int dimension() {
                return 2;
            }

            @Override
            public double valueAndGradient(double[] v, double[] g) {
                double a = 1 - v[0];
                double b = v[1] - v[0] * v[0];
                g[0] = -2 * a - 400 * v[0] * b;
                g[1] = 200 * b;
                return a * a + 100 * b * b;
            }
        };

        // when
        Bfgs.Result result = Bfgs.minimize(rosenbrock, new double[] {-1.2, 1}, 1e-9, 500);

        // then
        assertThat(result.converged()).isTrue();
        assertThat(result.x()[0]).isCloseTo(1, within(1e-8));
        assertThat(result.x()[1]).isCloseTo(1, within(1e-8));
    }
}
