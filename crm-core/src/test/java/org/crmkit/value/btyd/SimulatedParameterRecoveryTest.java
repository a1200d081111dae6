package org.crmkit.value.btyd;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Customers simulated from known BG/NBD and Gamma-Gamma parameters (fixed seeds) are fitted back
 * to those parameters within the statistical error of the sample: every estimate lies within four
 * of its standard errors of the truth, and the fit's log-likelihood is at least the truth's.
 */
class SimulatedParameterRecoveryTest {

    private static final BgNbdModel TRUE_PURCHASES = BgNbdModel.of(0.25, 4.0, 0.8, 2.5);
    private static final GammaGammaModel TRUE_SPEND = GammaGammaModel.of(6.0, 4.0, 15.0);

    @Test
    void bg_nbd_recovers_the_parameters_of_20000_simulated_customers() {
        // given
        RepeatPurchaseSummary simulated = PurchaseSimulator.of(TRUE_PURCHASES, TRUE_SPEND, 20240601L).summary(ages(20_000), PeriodUnit.WEEKS);

        // when
        BgNbdFit fit = BgNbdFitter.create().fit(simulated);

        // then
        assertWithinFourErrors(fit.model().r(), TRUE_PURCHASES.r(), fit.standardErrors().get("r"));
        assertWithinFourErrors(fit.model().alpha(), TRUE_PURCHASES.alpha(), fit.standardErrors().get("alpha"));
        assertWithinFourErrors(fit.model().a(), TRUE_PURCHASES.a(), fit.standardErrors().get("a"));
        assertWithinFourErrors(fit.model().b(), TRUE_PURCHASES.b(), fit.standardErrors().get("b"));
        assertThat(fit.logLikelihood()).isGreaterThanOrEqualTo(BgNbdFitter.create().logLikelihood(TRUE_PURCHASES, simulated));
    }

    @Test
    void gamma_gamma_recovers_the_spend_parameters_of_the_simulated_repeat_buyers() {
        // given
        RepeatPurchaseSummary simulated = PurchaseSimulator.of(TRUE_PURCHASES, TRUE_SPEND, 7L).summary(ages(40_000), PeriodUnit.WEEKS);

        // when
        GammaGammaFit fit = GammaGammaFitter.create().fit(simulated);

        // then
        assertThat(fit.customers()).isEqualTo(simulated.repeatBuyers());
        assertWithinFourErrors(fit.model().p(), TRUE_SPEND.p(), fit.standardErrors().get("p"));
        assertWithinFourErrors(fit.model().q(), TRUE_SPEND.q(), fit.standardErrors().get("q"));
        assertWithinFourErrors(fit.model().v(), TRUE_SPEND.v(), fit.standardErrors().get("v"));
        double trueLogLikelihood = 0;
        for (int i = 0; i < simulated.size(); i++) {
            if (simulated.frequency(i) > 0) {
                trueLogLikelihood += TRUE_SPEND.logLikelihood(simulated.frequency(i), simulated.monetaryValue(i));
            }
        }
        assertThat(fit.logLikelihood()).isGreaterThanOrEqualTo(trueLogLikelihood);
    }

    @Test
    void dated_transactions_through_the_summary_builder_recover_the_parameters_too() {
        // given 20,000 customers acquired over 12 weeks and watched until 39 weeks after that, as in CDNOW
        LocalDate start = LocalDate.of(2025, 1, 1);
        RepeatPurchaseSummaryBuilder builder = RepeatPurchaseSummary.builder(SummaryWindow.until(PeriodUnit.WEEKS,
                start.plusDays(84 + 273 - 1)));
        long rows = PurchaseSimulator.of(TRUE_PURCHASES, TRUE_SPEND, 99L)
                .transactions(20_000, start, 84, start.plusDays(84 + 273 - 1), PeriodUnit.WEEKS, builder::purchaseOnDay);

        // when
        RepeatPurchaseSummary summary = builder.build();
        BgNbdFit fit = BgNbdFitter.create().fit(summary);

        // then
        assertThat(summary.size()).isEqualTo(20_000);
        assertThat(summary.rows()).isEqualTo(rows);
        assertWithinFourErrors(fit.model().r(), TRUE_PURCHASES.r(), fit.standardErrors().get("r"));
        assertWithinFourErrors(fit.model().alpha(), TRUE_PURCHASES.alpha(), fit.standardErrors().get("alpha"));
        assertWithinFourErrors(fit.model().a(), TRUE_PURCHASES.a(), fit.standardErrors().get("a"));
        assertWithinFourErrors(fit.model().b(), TRUE_PURCHASES.b(), fit.standardErrors().get("b"));
    }

    @Test
    void the_same_seed_simulates_the_same_customers() {
        // given
        PurchaseSimulator simulator = PurchaseSimulator.of(TRUE_PURCHASES, TRUE_SPEND, 5L);

        // when
        RepeatPurchaseSummary first = simulator.summary(1_000, 52, PeriodUnit.WEEKS);
        RepeatPurchaseSummary second = simulator.summary(1_000, 52, PeriodUnit.WEEKS);

        // then
        for (int i = 0; i < 1_000; i++) {
            assertThat(second.frequency(i)).isEqualTo(first.frequency(i));
            assertThat(second.recency(i)).isEqualTo(first.recency(i));
            assertThat(second.monetaryValue(i)).isEqualTo(first.monetaryValue(i));
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

    private static void assertWithinFourErrors(double estimate, double truth, double standardError) {
        assertThat(standardError).isPositive();
        assertThat(Math.abs(estimate - truth)).as("estimate %s vs true %s, standard error %s", estimate, truth, standardError)
                .isLessThanOrEqualTo(4 * standardError);
    }
}
