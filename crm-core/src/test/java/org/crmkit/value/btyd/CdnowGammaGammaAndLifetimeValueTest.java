package org.crmkit.value.btyd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Gamma-Gamma on the 946 CDNOW repeat buyers, and lifetime values as {@code lifetimes} computes them.
 *
 * <p>The 4-decimal reference p 6.2488, q 3.7446, v 15.4477 is the fit on the published zbar
 * (rounded to cents); the unrounded mean repeat values of the raw records give p 6.2496, q
 * 3.7442, v 15.4435, the published 6.25, 3.74, 15.44 to their precision.
 *
 * <p>The expected-purchase and CLV references were computed independently with {@code
 * scipy.special.hyp2f1} (the function {@code lifetimes} calls) from eq. 10 of the BG/NBD paper and
 * {@code lifetimes}' monthly loop (4.345 weeks a month, discount (1 + d)^i), at the published
 * parameters r 0.2426, alpha 4.4135, a 0.7929, b 2.4258, p 6.2488, q 3.7446, v 15.4477.
 */
class CdnowGammaGammaAndLifetimeValueTest {

    private static final BgNbdModel PURCHASES = BgNbdModel.of(0.2426, 4.4135, 0.7929, 2.4258);
    private static final GammaGammaModel SPEND = GammaGammaModel.of(6.2488, 3.7446, 15.4477);

    @Test
    void gamma_gamma_on_the_published_zbar_gives_the_four_decimal_reference() {
        // when
        GammaGammaFit fit = GammaGammaFitter.create().fit(Cdnow.asSummary(Cdnow.publishedSummary()));

        // then
        assertThat(fit.model().p()).isCloseTo(6.2488, within(0.00005));
        assertThat(fit.model().q()).isCloseTo(3.7446, within(0.00005));
        assertThat(fit.model().v()).isCloseTo(15.4477, within(0.00005));
        assertThat(fit.customers()).isEqualTo(946);
        assertThat(fit.excludedZeroSpend()).isZero();
    }

    @Test
    void gamma_gamma_on_the_raw_records_gives_the_published_rounded_values() {
        // when
        GammaGammaFit fit = GammaGammaFitter.create().fit(Cdnow.rawSummary());

        // then
        assertThat(fit.model().p()).isCloseTo(6.2496, within(0.00005));
        assertThat(fit.model().q()).isCloseTo(3.7442, within(0.00005));
        assertThat(fit.model().v()).isCloseTo(15.4435, within(0.00005));
        assertThat(fit.model().p()).isCloseTo(6.25, within(0.005));
        assertThat(fit.model().q()).isCloseTo(3.74, within(0.005));
        assertThat(fit.model().v()).isCloseTo(15.44, within(0.005));
    }

    @ParameterizedTest(name = "t {0}, x {1}, t_x {2}, T {3}: {4}")
    @CsvSource({"39, 2, 30.43, 38.86, 1.225911199899222", "39, 0, 0, 38.86, 0.19478655038715112",
            "52, 10, 35.0, 38.0, 8.089964360388231", "100, 50, 30, 31, 73.96349702315139",
            "5, 1, 1.71, 38.86, 0.02975838225935335"})
    void conditional_expected_purchases_match_scipy_hyp2f1(double t, int x, double tx, double age, double reference) {
        // then
        assertThat(PURCHASES.expectedPurchases(t, x, tx, age)).isCloseTo(reference, within(1e-10 * reference));
    }

    @ParameterizedTest(name = "x {0}, t_x {1}, T {2}, m {3}: {4}")
    @CsvSource({"2, 30.43, 38.86, 22.35, 36.27844378182836", "1, 1.71, 38.86, 11.77, 4.637410385345195",
            "0, 0.0, 38.86, 0.0, 8.344270979666693", "10, 35.0, 38.0, 40.0, 304.2716008179001"})
    void twelve_month_clv_at_one_percent_matches_the_lifetimes_formula(int x, double tx, double age, double m, double reference) {
        // when
        double clv = CustomerLifetimeValue.of(12, 0.01).value(PURCHASES, SPEND, PeriodUnit.WEEKS, x, tx, age, m);

        // then
        assertThat(clv).isCloseTo(reference, within(1e-9 * reference));
    }

    @Test
    void horizon_rate_margin_and_a_daily_unit_change_the_clv_as_lifetimes_does() {
        // when
        double longer = CustomerLifetimeValue.of(24, 0.02).value(PURCHASES, SPEND, PeriodUnit.WEEKS, 2, 30.43, 38.86, 22.35);
        double daily = CustomerLifetimeValue.of(6, 0.01).value(PURCHASES, SPEND, PeriodUnit.DAYS, 2, 213, 272, 22.35);
        double margin = CustomerLifetimeValue.of(12, 0.01).withMargin(0.3)
                .value(PURCHASES, SPEND, PeriodUnit.WEEKS, 2, 30.43, 38.86, 22.35);

        // then
        assertThat(longer).isCloseTo(53.389231827372626, within(1e-9 * 53.39));
        assertThat(daily).isCloseTo(21.743220664993412, within(1e-9 * 21.74));
        assertThat(margin).isCloseTo(0.3 * 36.27844378182836, within(1e-9 * 36.28));
    }

    @Test
    void clv_of_every_customer_equals_the_one_by_one_value() {
        // given
        RepeatPurchaseSummary raw = Cdnow.rawSummary();
        CustomerLifetimeValue clv = CustomerLifetimeValue.of(12, 0.01);

        // when
        double[] all = clv.values(PURCHASES, SPEND, raw);

        // then
        assertThat(all).hasSize(2357);
        assertThat(all[0]).isEqualTo(clv.value(PURCHASES, SPEND, PeriodUnit.WEEKS, raw.frequency(0), raw.recency(0), raw.age(0),
                raw.monetaryValue(0)));
        assertThat(java.util.Arrays.stream(all)).allMatch(v -> v > 0 && Double.isFinite(v));
    }

    @Test
    void expected_spend_shrinks_a_customer_mean_towards_the_population_mean() {
        // when
        double population = SPEND.populationMeanSpend();
        double oneRepeat = SPEND.expectedAverageSpend(1, 100);
        double manyRepeats = SPEND.expectedAverageSpend(50, 100);

        // then
        assertThat(population).isCloseTo(6.2488 * 15.4477 / 2.7446, within(1e-12));
        assertThat(SPEND.expectedAverageSpend(0, 0)).isEqualTo(population);
        assertThat(oneRepeat).isBetween(population, 100.0);
        assertThat(manyRepeats).isBetween(oneRepeat, 100.0);
    }
}
