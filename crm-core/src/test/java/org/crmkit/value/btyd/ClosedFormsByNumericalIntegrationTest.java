package org.crmkit.value.btyd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.crmkit.value.btyd.MixingQuadrature.Nodes;
import org.junit.jupiter.api.Test;

/**
 * Every closed form of MBG/NBD, Pareto/NBD, BG/BB and the shifted-BG agrees with brute-force
 * integration of the individual-level model over its mixing distributions ({@link
 * MixingQuadrature}): P(alive), conditional and unconditional expected purchases, the pmf, survival
 * and DERL. The individual-level formulas written here are the models' definitions, not their
 * closed forms.
 */
class ClosedFormsByNumericalIntegrationTest {

    private static final double RELATIVE = 1e-7;
    private static final int[][] HISTORIES = {{0, 0}, {2, 30}, {7, 35}, {1, 2}};
    private static final double AGE = 38.86;

    @Test
    void mbg_nbd_p_alive_and_expectations_are_the_integrals_over_lambda_and_p() {
        MbgNbdModel m = MbgNbdModel.of(0.524838, 6.182988, 0.891356, 1.614000);
        Nodes lambda = MixingQuadrature.gamma(m.r(), m.alpha());
        Nodes p = MixingQuadrature.beta(m.a(), m.b());
        double t = 39;
        for (int[] h : HISTORIES) {
            int x = h[0];
            double tx = h[1] == 30 ? 30.43 : h[1];
            double likelihood = MixingQuadrature.expectation(lambda, p, (l, q) -> Math.pow(1 - q, x + 1) * Math.pow(l, x)
                    * Math.exp(-l * AGE) + q * Math.pow(1 - q, x) * Math.pow(l, x) * Math.exp(-l * tx));
            double alive = MixingQuadrature.expectation(lambda, p, (l, q) -> Math.pow(1 - q, x + 1) * Math.pow(l, x)
                    * Math.exp(-l * AGE));
            double future = MixingQuadrature.expectation(lambda, p, (l, q) -> Math.pow(1 - q, x + 1) * Math.pow(l, x)
                    * Math.exp(-l * AGE) * -Math.expm1(-l * q * t) / q);
            assertClose(m.probabilityAlive(x, tx, AGE), alive / likelihood);
            assertClose(m.expectedPurchases(t, x, tx, AGE), future / likelihood);
        }
        double fresh = MixingQuadrature.expectation(lambda, p, (l, q) -> (1 - q) * -Math.expm1(-l * q * t) / q);
        assertClose(m.expectedPurchases(t), fresh);
    }

    @Test
    void mbg_nbd_pmf_sums_to_one_and_its_mean_is_the_expected_purchases() {
        MbgNbdModel m = MbgNbdModel.of(0.524838, 6.182988, 0.891356, 1.614000);
        double total = 0;
        double mean = 0;
        for (int n = 0; n < 400; n++) {
            double pn = m.probabilityOfPurchases(n, 39);
            total += pn;
            mean += n * pn;
        }
        assertThat(total).isCloseTo(1.0, within(1e-9));
        assertThat(mean).isCloseTo(m.expectedPurchases(39), within(1e-7));
    }

    @Test
    void pareto_nbd_p_alive_likelihood_and_expectations_are_the_integrals_over_lambda_and_mu() {
        for (ParetoNbdModel m : new ParetoNbdModel[] {ParetoNbdModel.of(0.553250, 10.577219, 0.606207, 11.668526),
            ParetoNbdModel.of(0.553250, 11.668526, 0.606207, 4.2)}) {
            Nodes lambda = MixingQuadrature.gamma(m.r(), m.alpha());
            Nodes mu = MixingQuadrature.gamma(m.s(), m.beta());
            double t = 39;
            for (int[] h : HISTORIES) {
                int x = h[0];
                double tx = h[1] == 30 ? 30.43 : h[1];
                double likelihood = MixingQuadrature.expectation(lambda, mu, (l, d) -> Math.pow(l, x) * (Math.exp(-(l + d) * AGE)
                        + d / (l + d) * (Math.exp(-(l + d) * tx) - Math.exp(-(l + d) * AGE))));
                double alive = MixingQuadrature.expectation(lambda, mu, (l, d) -> Math.pow(l, x) * Math.exp(-(l + d) * AGE));
                double future = MixingQuadrature.expectation(lambda, mu, (l, d) -> Math.pow(l, x) * Math.exp(-(l + d) * AGE)
                        * l * -Math.expm1(-d * t) / d);
                assertClose(m.probabilityAlive(x, tx, AGE), alive / likelihood);
                assertClose(m.expectedPurchases(t, x, tx, AGE), future / likelihood);
                assertThat(m.logLikelihood(x, tx, AGE)).isCloseTo(Math.log(likelihood), within(1e-7));
            }
            double fresh = MixingQuadrature.expectation(lambda, mu, (l, d) -> l * -Math.expm1(-d * t) / d);
            assertClose(m.expectedPurchases(t), fresh);
        }
    }

    @Test
    void bg_bb_p_alive_expectations_and_pmf_are_the_integrals_over_p_and_theta() {
        BgBbModel m = BgBbModel.of(1.203522, 0.749716, 0.656718, 2.783442);
        Nodes p = MixingQuadrature.beta(m.alpha(), m.beta());
        Nodes theta = MixingQuadrature.beta(m.gamma(), m.delta());
        int n = 6;
        int[][] histories = {{0, 0}, {1, 1}, {2, 5}, {4, 6}, {6, 6}};
        for (int[] h : histories) {
            int x = h[0];
            int tx = h[1];
            double likelihood = MixingQuadrature.expectation(p, theta, (q, d) -> {
                double sum = Math.pow(q, x) * Math.pow(1 - q, n - x) * Math.pow(1 - d, n);
                for (int i = 0; i < n - tx; i++) {
                    sum += Math.pow(q, x) * Math.pow(1 - q, tx - x + i) * d * Math.pow(1 - d, tx + i);
                }
                return sum;
            });
            double alive = MixingQuadrature.expectation(p, theta, (q, d) -> Math.pow(q, x) * Math.pow(1 - q, n - x)
                    * Math.pow(1 - d, n + 1));
            double future = MixingQuadrature.expectation(p, theta, (q, d) -> {
                double sum = 0;
                for (int k = 1; k <= 5; k++) {
                    sum += q * Math.pow(1 - d, k);
                }
                return Math.pow(q, x) * Math.pow(1 - q, n - x) * Math.pow(1 - d, n) * sum;
            });
            assertClose(m.probabilityAlive(1, x, tx, n), alive / likelihood);
            assertClose(m.expectedTransactions(5, x, tx, n), future / likelihood);
            assertThat(m.logLikelihood(x, tx, n)).isCloseTo(Math.log(likelihood), within(1e-7));
        }
        double fresh = MixingQuadrature.expectation(p, theta, (q, d) -> {
            double sum = 0;
            for (int t = 1; t <= n; t++) {
                sum += q * Math.pow(1 - d, t);
            }
            return sum;
        });
        assertClose(m.expectedTransactions(n), fresh);
        for (int x = 0; x <= n; x++) {
            int k = x;
            double pmf = MixingQuadrature.expectation(p, theta, (q, d) -> {
                double sum = choose(n, k) * Math.pow(q, k) * Math.pow(1 - q, n - k) * Math.pow(1 - d, n);
                for (int i = k; i < n; i++) {
                    sum += choose(i, k) * Math.pow(q, k) * Math.pow(1 - q, i - k) * d * Math.pow(1 - d, i);
                }
                return sum;
            });
            assertClose(m.probabilityOfTransactions(x, n), pmf);
        }
    }

    @Test
    void shifted_bg_survival_churn_and_derl_are_the_integrals_over_theta() {
        ShiftedBetaGeometricModel m = ShiftedBetaGeometricModel.of(0.704077, 1.182043);
        Nodes theta = MixingQuadrature.beta(m.alpha(), m.beta());
        Nodes one = new Nodes(new double[] {0}, new double[] {1});
        for (int t = 1; t <= 12; t++) {
            int k = t;
            assertClose(m.survival(t), MixingQuadrature.expectation(theta, one, (d, unused) -> Math.pow(1 - d, k)));
            assertClose(m.churnProbability(t), MixingQuadrature.expectation(theta, one, (d, unused) -> d * Math.pow(1 - d, k - 1)));
        }
        double z = 1 / 1.1;
        for (int renewals = 0; renewals <= 6; renewals++) {
            int n = renewals + 1;
            double residual = MixingQuadrature.expectation(theta, one, (d, unused) -> Math.pow(1 - d, n) / (1 - (1 - d) * z))
                    / MixingQuadrature.expectation(theta, one, (d, unused) -> Math.pow(1 - d, n - 1));
            assertClose(m.discountedExpectedResidualLifetime(0.1, renewals), residual);
        }
        assertClose(m.discountedExpectedLifetime(0.1), MixingQuadrature.expectation(theta, one, (d, unused) -> 1 / (1 - (1 - d) * z)));
    }

    private static double choose(int n, int k) {
        double c = 1;
        for (int i = 1; i <= k; i++) {
            c = c * (n - k + i) / i;
        }
        return c;
    }

    private static void assertClose(double closedForm, double integral) {
        assertThat(closedForm).isCloseTo(integral, within(RELATIVE * Math.abs(integral) + 1e-12));
    }
}
