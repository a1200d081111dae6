package org.crmkit.value.btyd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Customers who all drop out with the same probability (MBG/NBD with a and b far out, a point mass)
 * give a likelihood that keeps growing as a and b run off. For some samples the optimiser stops
 * there as converged, because the slope it sees has sunk below rounding, with a and b up to 1e76,
 * where ln Γ has no digits left for the differences the model needs: the log-likelihood it
 * reported was of the order of 1e17 to 1e63 and the forecasts did not converge. Such a fit is
 * refused like one that ran off without converging, and the advice it gives works.
 */
class FitAtABoundaryTest {

    /**
     * A sample (seed 28) on which the optimiser stops as converged with a = 1.2e76 and b = 1.5e77 and
     * a log-likelihood near 3e63; other seeds stop without converging, which was refused already.
     */
    @ParameterizedTest
    @ValueSource(longs = {28})
    void an_mbg_nbd_fit_that_converges_at_a_boundary_is_refused_saying_which_parameters_ran_off(long seed) {
        RepeatPurchaseSummary customers = pointMassDropout(seed);

        assertThatThrownBy(() -> MbgNbdFitter.create().fit(customers))
                .isInstanceOf(ModelFitException.class)
                .hasMessageContaining("MBG/NBD fit did not converge: the likelihood has no finite maximum")
                .hasMessageContaining("run off towards 0 or infinity")
                .hasMessageContaining("withPenalizer(0.001)");
    }

    @ParameterizedTest
    @ValueSource(longs = {10, 28, 30})
    void the_advised_penalizer_fits_the_same_customers_with_finite_parameters_and_likelihood(long seed) {
        MbgNbdFit fit = MbgNbdFitter.create().withPenalizer(0.001).fit(pointMassDropout(seed));

        MbgNbdModel m = fit.model();
        assertThat(java.util.List.of(m.r(), m.alpha(), m.a(), m.b())).allSatisfy(p -> assertThat(p).isBetween(1e-6, 1e6));
        assertThat(fit.logLikelihood()).isNegative().isFinite();
        assertThat(m.a() / (m.a() + m.b())).as("the mean dropout probability the sample was drawn with").isBetween(0.03, 0.15);
    }

    /** 2,000 customers, 1 to 104 weeks old, each dropping out with probability 0.071 after every purchase. */
    private static RepeatPurchaseSummary pointMassDropout(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] ages = new double[2000];
        for (int i = 0; i < ages.length; i++) {
            ages[i] = 1 + random.nextInt(104);
        }
        return ModelSimulators.mbgNbd(MbgNbdModel.of(4.3, 63.6, 1e8, 1.3e9), ages, seed);
    }
}
