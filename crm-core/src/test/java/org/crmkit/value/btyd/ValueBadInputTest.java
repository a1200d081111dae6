package org.crmkit.value.btyd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Bad data fails with a message that says what is wrong, never with NaN parameters. */
class ValueBadInputTest {

    private static final LocalDate END = LocalDate.of(2024, 6, 30);
    private static final SummaryWindow WINDOW = SummaryWindow.until(PeriodUnit.WEEKS, END);

    @Test
    void fitting_no_customers_fails_clearly() {
        // given
        RepeatPurchaseSummary empty = RepeatPurchaseSummary.builder(WINDOW).build();

        // when / then
        assertThatThrownBy(() -> BgNbdFitter.create().fit(empty))
                .isInstanceOf(ModelFitException.class).hasMessageContaining("no customers");
        assertThatThrownBy(() -> GammaGammaFitter.create().fit(empty))
                .isInstanceOf(ModelFitException.class).hasMessageContaining("at least two repeat buyers");
    }

    @Test
    void fitting_a_single_customer_fails_clearly() {
        // given
        RepeatPurchaseSummary one = RepeatPurchaseSummary.of(PeriodUnit.WEEKS, new int[] {3}, new double[] {10},
                new double[] {20}, new double[] {12.5});

        // when / then
        assertThatThrownBy(() -> BgNbdFitter.create().fit(one))
                .isInstanceOf(ModelFitException.class).hasMessageContaining("single customer");
    }

    @Test
    void fitting_customers_without_any_repeat_purchase_fails_clearly() {
        // given
        RepeatPurchaseSummary noRepeats = RepeatPurchaseSummary.of(PeriodUnit.WEEKS, new int[] {0, 0, 0},
                new double[] {0, 0, 0}, new double[] {5, 10, 20}, new double[] {0, 0, 0});

        // when / then
        assertThatThrownBy(() -> BgNbdFitter.create().fit(noRepeats))
                .isInstanceOf(ModelFitException.class).hasMessageContaining("none of the 3 customers made a repeat purchase");
        assertThatThrownBy(() -> GammaGammaFitter.create().fit(noRepeats))
                .isInstanceOf(ModelFitException.class).hasMessageContaining("but there were 0");
    }

    @Test
    void data_whose_likelihood_grows_without_bound_fails_as_not_converged_instead_of_giving_nan() {
        // given every customer bought right at the end, so nobody ever seems to drop out
        int[] x = {3, 3, 5, 2};
        double[] atTheEnd = {10, 10, 10, 10};

        // when / then
        assertThatThrownBy(() -> BgNbdFitter.create().fit(x, atTheEnd, atTheEnd, null))
                .isInstanceOf(ModelFitException.class).hasMessageContaining("did not converge").hasMessageContaining("penalizer");
    }

    @Test
    void repeat_buyers_with_zero_spend_are_left_out_of_gamma_gamma_and_counted() {
        // given the CDNOW repeat buyers and two more whose repeat purchases were worth nothing
        java.util.List<Cdnow.Row> rows = new java.util.ArrayList<>(Cdnow.publishedSummary());
        rows.add(new Cdnow.Row(9001, 1, 3, 30, 0));
        rows.add(new Cdnow.Row(9002, 4, 20, 30, 0));

        // when
        GammaGammaFit fit = GammaGammaFitter.create().fit(Cdnow.asSummary(rows));

        // then
        assertThat(fit.customers()).isEqualTo(946);
        assertThat(fit.excludedZeroSpend()).isEqualTo(2);
        assertThat(fit.model().p()).isCloseTo(6.2488, within(0.00005));
    }

    @Test
    void a_negative_purchase_amount_is_refused_and_points_to_refunds() {
        // when / then
        assertThatThrownBy(() -> RepeatPurchaseSummary.builder(WINDOW).purchase(1, END, -5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-5.0").hasMessageContaining("refund(");
        assertThatThrownBy(() -> RepeatPurchaseSummary.builder(WINDOW).purchase(1, END, Double.NaN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NaN");
        assertThatThrownBy(() -> RepeatPurchaseSummary.builder(WINDOW).refund(1, END, -5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("refund amount must be finite and > 0");
    }

    @Test
    void a_row_after_the_observation_end_is_refused() {
        // when / then
        assertThatThrownBy(() -> RepeatPurchaseSummary.builder(WINDOW).purchase("c-9", END.plusDays(1), 5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("c-9").hasMessageContaining("2024-07-01").hasMessageContaining("observation end 2024-06-30")
                .hasMessageContaining("ignoreRowsAfterObservationEnd");
    }

    @Test
    void refunding_more_than_was_bought_that_day_is_refused() {
        // given
        RepeatPurchaseSummaryBuilder builder = RepeatPurchaseSummary.builder(WINDOW).purchase(4, END, 10).refund(4, END, 15);

        // when / then
        assertThatThrownBy(builder::build)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("customer 4 has refunds of 15.0 on 2024-06-30 but bought only 10.0");
    }

    @Test
    void mixing_long_and_string_customer_keys_is_refused() {
        // when / then
        assertThatThrownBy(() -> RepeatPurchaseSummary.builder(WINDOW).purchase(1, END, 5).purchase("1", END, 5))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("do not mix");
    }

    @Test
    void inconsistent_summary_rows_are_refused() {
        // when / then
        assertThatThrownBy(() -> RepeatPurchaseSummary.of(PeriodUnit.WEEKS, new int[] {1}, new double[] {12}, new double[] {10},
                new double[] {1}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("recency <= T");
        assertThatThrownBy(() -> RepeatPurchaseSummary.of(PeriodUnit.WEEKS, new int[] {0}, new double[] {2}, new double[] {10},
                new double[] {0}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("recency must be 0 when frequency is 0");
        assertThatThrownBy(() -> BgNbdFitter.create().fit(new int[] {1, 2}, new double[] {1}, new double[] {2, 3}, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("same length");
    }

    @Test
    void a_window_that_ends_observation_before_calibration_is_refused() {
        // when / then
        assertThatThrownBy(() -> SummaryWindow.withHoldout(PeriodUnit.DAYS, END, END.minusDays(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must not be before the calibration end");
    }

    @Test
    void model_parameters_must_be_positive_and_finite() {
        // when / then
        assertThatThrownBy(() -> BgNbdModel.of(0.2, Double.NaN, 1, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("alpha");
        assertThatThrownBy(() -> GammaGammaModel.of(1, 0, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("q");
        assertThatThrownBy(() -> GammaGammaModel.of(1, 0.5, 1).populationMeanSpend()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("infinite");
    }
}
