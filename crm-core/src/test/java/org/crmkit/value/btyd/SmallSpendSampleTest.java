package org.crmkit.value.btyd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * Seven repeat buyers whose spend varies too little between them: the Gamma-Gamma likelihood keeps
 * growing as q and v grow together, so there is no finite maximum to find.
 */
class SmallSpendSampleTest {

    private static final int[] FREQUENCY = {2, 1, 3, 1, 4, 1, 1};
    private static final double[] MONETARY = {25, 15, 100.0 / 3, 45, 20, 16, 11};

    @Test
    void an_unbounded_likelihood_fails_with_a_model_fit_exception_that_says_so_and_suggests_a_penalizer() {
        // when / then
        assertThatThrownBy(() -> GammaGammaFitter.create().fit(FREQUENCY, MONETARY, null))
                .isInstanceOf(ModelFitException.class)
                .hasMessageContaining("no finite maximum")
                .hasMessageContaining("q")
                .hasMessageContaining("withPenalizer");
    }

    @Test
    void a_small_penalizer_gives_a_finite_fit_on_the_same_customers() {
        // when
        GammaGammaFit fit = GammaGammaFitter.create().withPenalizer(0.001).fit(FREQUENCY, MONETARY, null);

        // then
        assertThat(fit.model().p()).isPositive().isFinite();
        assertThat(fit.model().q()).isPositive().isFinite();
        assertThat(fit.model().v()).isPositive().isFinite();
    }

    @Test
    void a_bg_nbd_likelihood_without_a_finite_maximum_names_the_parameters_that_run_away() {
        // given every customer bought right at the end, so nobody ever seems to drop out
        int[] x = {3, 3, 5, 2};
        double[] atTheEnd = {10, 10, 10, 10};

        // when / then
        assertThatThrownBy(() -> BgNbdFitter.create().fit(x, atTheEnd, atTheEnd, null))
                .isInstanceOf(ModelFitException.class)
                .hasMessageContaining("no finite maximum")
                .hasMessageContaining("withPenalizer");
    }
}
