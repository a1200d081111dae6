package org.crmkit.value.btyd;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Customers simulated from known MBG/NBD, Pareto/NBD, BG/BB and shifted-BG parameters (fixed seeds,
 * {@link ModelSimulators}) are fitted back to those parameters within the statistical error of the
 * sample: every estimate within four of its standard errors of the truth, and the fit's
 * log-likelihood at least the truth's.
 */
class SimulatedRecoveryOfTheNewModelsTest {

    @Test
    void mbg_nbd_recovers_the_parameters_of_20000_simulated_customers() {
        // given
        MbgNbdModel truth = MbgNbdModel.of(0.5, 6.0, 0.9, 1.6);
        RepeatPurchaseSummary simulated = ModelSimulators.mbgNbd(truth, ages(20_000), 11L);

        // when
        MbgNbdFit fit = MbgNbdFitter.create().fit(simulated);

        // then
        assertRecovered(fit.model().parameters(), truth.parameters(), fit.standardErrors());
        assertThat(fit.logLikelihood()).isGreaterThanOrEqualTo(truth.logLikelihood(simulated));
    }

    @Test
    void pareto_nbd_recovers_the_parameters_of_20000_simulated_customers() {
        // given
        ParetoNbdModel truth = ParetoNbdModel.of(0.55, 10.0, 0.6, 12.0);
        RepeatPurchaseSummary simulated = ModelSimulators.paretoNbd(truth, ages(20_000), 12L);

        // when
        ParetoNbdFit fit = ParetoNbdFitter.create().fit(simulated);

        // then
        assertRecovered(fit.model().parameters(), truth.parameters(), fit.standardErrors());
        assertThat(fit.logLikelihood()).isGreaterThanOrEqualTo(truth.logLikelihood(simulated));
    }

    @Test
    void bg_bb_recovers_the_parameters_of_20000_simulated_donors() {
        // given
        BgBbModel truth = BgBbModel.of(1.2, 0.75, 0.66, 2.8);
        int[][] simulated = ModelSimulators.bgBb(truth, 20_000, 6, 13L);

        // when
        BgBbFit fit = BgBbFitter.create().fit(simulated[0], simulated[1], simulated[2], null);

        // then
        assertRecovered(Map.of("alpha", fit.model().alpha(), "beta", fit.model().beta(), "gamma", fit.model().gamma(), "delta",
                fit.model().delta()), Map.of("alpha", 1.2, "beta", 0.75, "gamma", 0.66, "delta", 2.8), fit.standardErrors());
        double truthLogLikelihood = 0;
        for (int i = 0; i < simulated[0].length; i++) {
            truthLogLikelihood += truth.logLikelihood(simulated[0][i], simulated[1][i], simulated[2][i]);
        }
        assertThat(fit.logLikelihood()).isGreaterThanOrEqualTo(truthLogLikelihood);
    }

    @Test
    void shifted_bg_recovers_the_parameters_of_a_simulated_cohort_of_20000() {
        // given
        ShiftedBetaGeometricModel truth = ShiftedBetaGeometricModel.of(0.7, 1.2);
        double[] survivors = ModelSimulators.shiftedBetaGeometric(truth, 20_000, 12, 14L);

        // when
        ShiftedBetaGeometricFit fit = ShiftedBetaGeometricFitter.create().fit(survivors);

        // then
        assertRecovered(Map.of("alpha", fit.model().alpha(), "beta", fit.model().beta()), Map.of("alpha", 0.7, "beta", 1.2),
                fit.standardErrors());
        assertThat(fit.logLikelihood()).isGreaterThanOrEqualTo(truth.logLikelihood(survivors));
    }

    @Test
    void the_same_seed_simulates_the_same_customers() {
        ParetoNbdModel truth = ParetoNbdModel.of(0.55, 10.0, 0.6, 12.0);
        RepeatPurchaseSummary first = ModelSimulators.paretoNbd(truth, ages(500), 3L);
        RepeatPurchaseSummary second = ModelSimulators.paretoNbd(truth, ages(500), 3L);
        for (int i = 0; i < 500; i++) {
            assertThat(second.frequency(i)).isEqualTo(first.frequency(i));
            assertThat(second.recency(i)).isEqualTo(first.recency(i));
        }
    }

    /** Ages spread like a cohort acquired over 12 weeks and observed 39 weeks after. */
    private static double[] ages(int customers) {
        double[] ages = new double[customers];
        for (int i = 0; i < customers; i++) {
            ages[i] = 39 + 12.0 * i / customers;
        }
        return ages;
    }

    private static void assertRecovered(Map<String, Double> estimates, Map<String, Double> truth, Map<String, Double> errors) {
        truth.forEach((name, value) -> {
            double error = errors.get(name);
            assertThat(error).as(name).isPositive();
            assertThat(Math.abs(estimates.get(name) - value)).as("%s: estimate %s vs true %s, standard error %s", name,
                    estimates.get(name), value, error).isLessThanOrEqualTo(4 * error);
        });
    }
}
