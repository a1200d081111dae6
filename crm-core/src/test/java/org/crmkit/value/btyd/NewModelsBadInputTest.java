package org.crmkit.value.btyd;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Bad data and settings for the new models fail with a message that says what is wrong, never with NaN parameters. */
class NewModelsBadInputTest {

    private static final RepeatPurchaseSummary NO_REPEATS = RepeatPurchaseSummary.of(PeriodUnit.WEEKS, new int[] {0, 0, 0},
            new double[] {0, 0, 0}, new double[] {5, 10, 20}, new double[] {0, 0, 0});

    @Test
    void empty_summaries_fail_clearly() {
        RepeatPurchaseSummary empty = RepeatPurchaseSummary.builder(SummaryWindow.until(PeriodUnit.WEEKS, LocalDate.of(2024, 6,
                30))).build();
        assertThatThrownBy(() -> MbgNbdFitter.create().fit(empty)).isInstanceOf(ModelFitException.class)
                .hasMessageContaining("cannot fit MBG/NBD to no customers");
        assertThatThrownBy(() -> ParetoNbdFitter.create().fit(empty)).isInstanceOf(ModelFitException.class)
                .hasMessageContaining("cannot fit Pareto/NBD to no customers");
        assertThatThrownBy(() -> PurchaseModelSelection.of(empty, 0)).isInstanceOf(ModelFitException.class)
                .hasMessageContaining("no purchase model could be fitted");
    }

    @Test
    void all_zero_frequencies_fail_clearly() {
        assertThatThrownBy(() -> MbgNbdFitter.create().fit(NO_REPEATS)).isInstanceOf(ModelFitException.class)
                .hasMessageContaining("none of the 3 customers made a repeat purchase (every frequency is 0)");
        assertThatThrownBy(() -> ParetoNbdFitter.create().fit(NO_REPEATS)).isInstanceOf(ModelFitException.class)
                .hasMessageContaining("none of the 3 customers made a repeat purchase");
        assertThatThrownBy(() -> BgBbFitter.create().fit(new int[] {0, 0}, new int[] {0, 0}, new int[] {6, 6}, null))
                .isInstanceOf(ModelFitException.class).hasMessageContaining("never transacted again");
    }

    @Test
    void a_single_customer_fails_clearly() {
        assertThatThrownBy(() -> ParetoNbdFitter.create().fit(new int[] {2}, new double[] {3}, new double[] {9}, null))
                .isInstanceOf(ModelFitException.class).hasMessageContaining("single customer");
        assertThatThrownBy(() -> BgBbFitter.create().fit(new int[] {2}, new int[] {3}, new int[] {6}, null))
                .isInstanceOf(ModelFitException.class).hasMessageContaining("single customer");
    }

    @Test
    void non_finite_or_inconsistent_histories_are_refused() {
        assertThatThrownBy(() -> ParetoNbdFitter.create().fit(new int[] {1, 2}, new double[] {Double.NaN, 1}, new double[] {5, 5},
                null)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("customer 0: recency must be finite");
        assertThatThrownBy(() -> MbgNbdFitter.create().fit(new int[] {1, 2}, new double[] {1, 1},
                new double[] {Double.POSITIVE_INFINITY, 5}, null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("customer 0");
        assertThatThrownBy(() -> MbgNbdFitter.create().fit(new int[] {1, 2}, new double[] {6, 1}, new double[] {5, 5}, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("recency 6.0 must not exceed T 5.0");
        assertThatThrownBy(() -> ParetoNbdFitter.create().fit(new int[] {1, 2}, new double[] {1, 1}, new double[] {5, 5},
                new double[] {1, 0})).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("weight must be > 0");
        assertThatThrownBy(() -> BgBbFitter.create().fit(new int[] {3, 1}, new int[] {2, 1}, new int[] {6, 6}, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("row 0: need frequency <= recency <= periods");
        assertThatThrownBy(() -> BgBbFitter.create().fit(new int[] {1, 1}, new int[] {1, 1}, new int[] {6, 6},
                new double[] {1, Double.NaN})).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("row 1: weight must be finite and > 0");
        assertThatThrownBy(() -> ParetoNbdModel.of(0.5, 10, 0.6, 12).probabilityAlive(2, 5, 4))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("need 0 <= recency <= T");
        assertThatThrownBy(() -> MbgNbdModel.of(0.5, 10, 0.6, Double.NaN)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("b must be finite and > 0");
    }

    @Test
    void a_negative_or_non_finite_penalizer_is_refused() {
        assertThatThrownBy(() -> MbgNbdFitter.create().withPenalizer(-0.1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("penalizer must be finite and >= 0 but was -0.1");
        assertThatThrownBy(() -> ParetoNbdFitter.create().withPenalizer(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BgBbFitter.create().withPenalizer(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ShiftedBetaGeometricFitter.create().withPenalizer(Double.POSITIVE_INFINITY))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PurchaseModelSelection.of(NO_REPEATS, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void survivors_that_increase_or_are_not_finite_are_refused() {
        assertThatThrownBy(() -> ShiftedBetaGeometricFitter.create().fit(new double[] {1000, 631, 640, 382}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("survivors must not increase but went from 631.0 at period 1 to 640.0 at period 2");
        assertThatThrownBy(() -> ShiftedBetaGeometricFitter.create().fit(new double[] {1000, Double.NaN}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("survivors at period 1 must be finite");
        assertThatThrownBy(() -> ShiftedBetaGeometricFitter.create().fit(new double[] {1000}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least periods 0 and 1");
        assertThatThrownBy(() -> ShiftedBetaGeometricFitter.create().fit(new double[] {0, 0}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("customers at period 0");
    }

    @Test
    void cohorts_that_cannot_identify_the_churn_distribution_fail_clearly() {
        assertThatThrownBy(() -> ShiftedBetaGeometricFitter.create().fit(new double[] {100, 100, 100}))
                .isInstanceOf(ModelFitException.class).hasMessageContaining("none of the 100.0 customers cancelled");
        assertThatThrownBy(() -> ShiftedBetaGeometricFitter.create().fit(new double[] {100, 0, 0}))
                .isInstanceOf(ModelFitException.class).hasMessageContaining("all 100.0 customers cancelled at the first renewal");
    }

    @Test
    void data_whose_likelihood_grows_without_bound_fails_as_not_converged_and_a_penalizer_fits_it() {
        int[] x = {3, 3, 5, 2};
        double[] atTheEnd = {10, 10, 10, 10};
        assertThatThrownBy(() -> ParetoNbdFitter.create().fit(x, atTheEnd, atTheEnd, null))
                .isInstanceOf(ModelFitException.class).hasMessageContaining("did not converge").hasMessageContaining("penalizer");
        assertThatThrownBy(() -> MbgNbdFitter.create().fit(x, atTheEnd, atTheEnd, null))
                .isInstanceOf(ModelFitException.class).hasMessageContaining("did not converge");
        ParetoNbdFitter.create().withPenalizer(0.01).fit(x, atTheEnd, atTheEnd, null);
    }

    @Test
    void holdout_validation_needs_a_holdout() {
        assertThatThrownBy(() -> HoldoutValidation.of(ParetoNbdModel.of(0.5, 10, 0.6, 12), NO_REPEATS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no holdout period");
    }

    @Test
    void unknown_model_names_are_refused_with_the_valid_ones() {
        assertThatThrownBy(() -> PurchaseModelKind.ofOption("nbd")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown purchase model 'nbd'; use bgnbd, mbgnbd or pareto");
    }
}
