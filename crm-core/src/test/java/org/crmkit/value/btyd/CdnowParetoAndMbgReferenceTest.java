package org.crmkit.value.btyd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Pareto/NBD and MBG/NBD on the published CDNOW summary (weeks, recency and T rounded to 2
 * decimals) reproduce the reference estimates of issue 17 to 4 significant digits, and the
 * per-customer figures of the reference customer (x 2, t_x 30.43, T 38.86), of a customer without
 * repeats at T 38.86, and of a new customer over 39 weeks.
 */
class CdnowParetoAndMbgReferenceTest {

    private static final ParetoNbdModel PARETO = ParetoNbdModel.of(0.553250, 10.577219, 0.606207, 11.668526);
    private static final MbgNbdModel MBG = MbgNbdModel.of(0.524838, 6.182988, 0.891356, 1.614000);

    @Test
    void pareto_nbd_fit_gives_the_reference_parameters_and_log_likelihood() {
        // given
        RepeatPurchaseSummary published = Cdnow.asSummary(Cdnow.publishedSummary());

        // when
        ParetoNbdFit fit = ParetoNbdFitter.create().fit(published);

        // then
        assertThat(fit.model().r()).isCloseTo(0.553250, within(0.553250 * 1e-4));
        assertThat(fit.model().alpha()).isCloseTo(10.577219, within(10.577219 * 1e-4));
        assertThat(fit.model().s()).isCloseTo(0.606207, within(0.606207 * 1e-4));
        assertThat(fit.model().beta()).isCloseTo(11.668526, within(11.668526 * 1e-4));
        assertThat(fit.logLikelihood()).isCloseTo(-9595.0, within(0.05));
        assertThat(fit.customers()).isEqualTo(2357);
        assertThat(fit.gradientNorm()).isLessThanOrEqualTo(1e-6);
    }

    @Test
    void mbg_nbd_fit_gives_the_reference_parameters() {
        // given
        RepeatPurchaseSummary published = Cdnow.asSummary(Cdnow.publishedSummary());

        // when
        MbgNbdFit fit = MbgNbdFitter.create().fit(published);

        // then
        assertThat(fit.model().r()).isCloseTo(0.524838, within(0.524838 * 1e-4));
        assertThat(fit.model().alpha()).isCloseTo(6.182988, within(6.182988 * 1e-4));
        assertThat(fit.model().a()).isCloseTo(0.891356, within(0.891356 * 1e-4));
        assertThat(fit.model().b()).isCloseTo(1.614000, within(1.614000 * 1e-4));
        assertThat(fit.logLikelihood()).isCloseTo(fit.model().logLikelihood(published),
                within(1e-6));
        assertThat(fit.gradientNorm()).isLessThanOrEqualTo(1e-6);
    }

    @Test
    void pareto_nbd_per_customer_figures_match_the_reference() {
        assertThat(PARETO.probabilityAlive(2, 30.43, 38.86)).isCloseTo(0.869122, within(5e-6));
        assertThat(PARETO.expectedPurchases(39, 2, 30.43, 38.86)).isCloseTo(1.455121, within(5e-6));
        assertThat(PARETO.probabilityAlive(0, 0, 38.86)).isCloseTo(0.295114, within(5e-6));
        assertThat(PARETO.expectedPurchases(39)).isCloseTo(1.213425, within(5e-6));
    }

    @Test
    void mbg_nbd_per_customer_figures_match_the_reference() {
        assertThat(MBG.probabilityAlive(2, 30.43, 38.86)).isCloseTo(0.706126, within(5e-6));
        assertThat(MBG.expectedPurchases(39, 2, 30.43, 38.86)).isCloseTo(1.262671, within(5e-6));
        assertThat(MBG.probabilityAlive(0, 0, 38.86)).isCloseTo(0.389716, within(5e-6));
        assertThat(MBG.expectedPurchases(39)).isCloseTo(1.182284, within(5e-6));
    }

    @Test
    void the_model_log_likelihood_summed_over_customers_equals_the_fit_log_likelihood() {
        RepeatPurchaseSummary published = Cdnow.asSummary(Cdnow.publishedSummary());
        ParetoNbdFit fit = ParetoNbdFitter.create().fit(published);
        assertThat(fit.model().logLikelihood(published)).isCloseTo(fit.logLikelihood(), within(1e-6));
    }
}
