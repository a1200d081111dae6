package org.crmkit.value.btyd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * The analytic gradients of the new objectives agree with central differences of the objectives
 * themselves, at points away from the optimum (where a wrong gradient would show), on both sides of
 * the Pareto/NBD α = β switch.
 */
class AnalyticGradientsTest {

    @Test
    void mbg_nbd_gradient_matches_differences() {
        HistoryRows rows = HistoryRows.of(Cdnow.asSummary(Cdnow.publishedSummary()).histories());
        assertMatches(new MbgNbdLikelihood(rows, 0.01, false), new double[] {-0.3, -1.2, 0.2, 0.5});
    }

    @Test
    void pareto_nbd_gradient_matches_differences_with_alpha_above_and_below_beta() {
        HistoryRows rows = HistoryRows.of(Cdnow.asSummary(Cdnow.publishedSummary()).histories());
        assertMatches(new ParetoNbdLikelihood(rows, 0.01, false, true), new double[] {-0.5, -0.8, -0.4, -1.6});
        assertMatches(new ParetoNbdLikelihood(rows, 0, false, true), new double[] {-0.5, -1.6, -0.4, -0.8});
    }

    @Test
    void bg_bb_gradient_matches_differences() {
        int[][] d = DiscreteAndContractualReferenceTest.donations();
        assertMatches(new BgBbLikelihood(d[0], d[1], d[2], DiscreteAndContractualReferenceTest.weights(d[3]), 11104, 0.01),
                new double[] {0.3, -0.2, -0.4, 1.0});
    }

    @Test
    void shifted_bg_gradient_matches_differences() {
        LogParameterObjective sbg = new LogParameterObjective(2, 0.01, 1000) {
            @Override
            double logLikelihood(double[] p, double[] dll) {
                return ShiftedBetaGeometricFitter.logLikelihood(p[0], p[1], DiscreteAndContractualReferenceTest.REGULAR, dll);
            }
        };
        assertMatches(sbg, new double[] {0.4, -0.3});
    }

    private static void assertMatches(LogParameterObjective f, double[] theta) {
        double[] gradient = new double[theta.length];
        f.valueAndGradient(theta, gradient);
        double h = 1e-5;
        for (int i = 0; i < theta.length; i++) {
            double[] up = theta.clone();
            double[] down = theta.clone();
            up[i] += h;
            down[i] -= h;
            double numeric = (f.valueAndGradient(up, new double[theta.length]) - f.valueAndGradient(down, new double[theta.length]))
                    / (2 * h);
            assertThat(gradient[i]).as("component %s", i).isCloseTo(numeric, within(1e-6 + 1e-5 * Math.abs(numeric)));
        }
    }
}
