package org.crmkit.value.btyd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * BG/NBD on CDNOW reproduces the reference figures of issue 6 and Fader, Hardie and Lee (2005).
 *
 * <p>Which input gives which digits: the 4-decimal reference (r 0.2426, alpha 4.4135, a 0.7929, b
 * 2.4258) is the fit of the published summary with recency and T rounded to 2 decimals, as
 * {@code lifetimes} ships it. Fitting the summary built from the raw records (exact days / 7)
 * gives r 0.2426, alpha 4.4136, a 0.7929, b 2.4259: the same to the published 3 decimals (0.243,
 * 4.414, 0.793, 2.426) and the same log-likelihood to 2 decimals, -9582.43.
 */
class CdnowBgNbdReferenceTest {

    private static final BgNbdModel PUBLISHED = BgNbdModel.of(0.2426, 4.4135, 0.7929, 2.4258);

    @Test
    void fitting_the_rounded_published_summary_gives_the_four_decimal_reference() {
        // given
        RepeatPurchaseSummary published = Cdnow.asSummary(Cdnow.publishedSummary());

        // when
        BgNbdFit fit = BgNbdFitter.create().fit(published);

        // then
        assertThat(fit.model().r()).isCloseTo(0.2426, within(0.00005));
        assertThat(fit.model().alpha()).isCloseTo(4.4135, within(0.00005));
        assertThat(fit.model().a()).isCloseTo(0.7929, within(0.00005));
        assertThat(fit.model().b()).isCloseTo(2.4258, within(0.00005));
        assertThat(fit.logLikelihood()).isCloseTo(-9582.43, within(0.005));
        assertThat(fit.customers()).isEqualTo(2357);
        assertThat(fit.gradientNorm()).isLessThanOrEqualTo(1e-6);
    }

    @Test
    void fitting_the_summary_built_from_raw_records_gives_the_published_three_decimals() {
        // given
        RepeatPurchaseSummary raw = Cdnow.rawSummary();

        // when
        BgNbdFit fit = BgNbdFitter.create().fit(raw);

        // then
        assertThat(fit.model().r()).isCloseTo(0.2426, within(0.00005));
        assertThat(fit.model().alpha()).isCloseTo(4.4136, within(0.00005));
        assertThat(fit.model().a()).isCloseTo(0.7929, within(0.00005));
        assertThat(fit.model().b()).isCloseTo(2.4259, within(0.00005));
        assertThat(fit.model().r()).isCloseTo(0.243, within(0.0005));
        assertThat(fit.model().alpha()).isCloseTo(4.414, within(0.0005));
        assertThat(fit.model().a()).isCloseTo(0.793, within(0.0005));
        assertThat(fit.model().b()).isCloseTo(2.426, within(0.0005));
        assertThat(fit.logLikelihood()).isCloseTo(-9582.43, within(0.005));
    }

    @Test
    void a_parallel_fit_gives_bit_for_bit_the_parameters_of_a_sequential_one() {
        // given
        RepeatPurchaseSummary raw = Cdnow.rawSummary();

        // when
        BgNbdFit parallel = BgNbdFitter.create().fit(raw);
        BgNbdFit sequential = BgNbdFitter.create().parallel(false).fit(raw);

        // then
        assertThat(parallel.model()).isEqualTo(sequential.model());
        assertThat(parallel.logLikelihood()).isEqualTo(sequential.logLikelihood());
    }

    @Test
    void the_fit_log_likelihood_is_the_sum_of_the_customers_log_likelihoods() {
        // given
        RepeatPurchaseSummary raw = Cdnow.rawSummary();
        BgNbdFit fit = BgNbdFitter.create().fit(raw);

        // when
        double sum = 0;
        for (int i = 0; i < raw.size(); i++) {
            sum += fit.model().logLikelihood(raw.frequency(i), raw.recency(i), raw.age(i));
        }

        // then
        assertThat(sum).isCloseTo(fit.logLikelihood(), within(1e-8));
        assertThat(BgNbdFitter.create().logLikelihood(fit.model(), raw)).isCloseTo(fit.logLikelihood(), within(1e-8));
    }

    @Test
    void customer_1_expects_1_2259_purchases_in_the_next_39_weeks() {
        // when
        double expected = PUBLISHED.expectedPurchases(39, 2, 30.43, 38.86);

        // then
        assertThat(expected).isCloseTo(1.2259, within(0.00005));
    }

    @Test
    void a_new_customer_expects_the_published_purchases_in_1_3_32_and_78_weeks() {
        // then
        assertThat(PUBLISHED.expectedPurchases(1)).isCloseTo(0.0532, within(0.0005));
        assertThat(PUBLISHED.expectedPurchases(3)).isCloseTo(0.1506, within(0.0005));
        assertThat(PUBLISHED.expectedPurchases(32)).isCloseTo(1.0437, within(0.0005));
        assertThat(PUBLISHED.expectedPurchases(78)).isCloseTo(1.858, within(0.0005));
    }

    @Test
    void a_new_customer_makes_no_repeat_purchase_in_39_weeks_with_probability_0_574() {
        // then
        assertThat(PUBLISHED.probabilityOfPurchases(0, 39)).isCloseTo(0.574, within(0.0005));
    }

    @Test
    void a_penalizer_of_0_001_already_pulls_a_and_b_far_from_the_unpenalised_optimum() {
        // given
        RepeatPurchaseSummary published = Cdnow.asSummary(Cdnow.publishedSummary());

        // when
        BgNbdFit plain = BgNbdFitter.create().fit(published);
        BgNbdFit penalised = BgNbdFitter.create().withPenalizer(0.001).fit(published);

        // then
        assertThat(penalised.penalizer()).isEqualTo(0.001);
        assertThat(penalised.model().a()).isLessThan(plain.model().a() * 0.8);
        assertThat(penalised.model().b()).isLessThan(plain.model().b() * 0.8);
        assertThat(penalised.logLikelihood()).isLessThan(plain.logLikelihood());
    }
}
