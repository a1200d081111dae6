package org.crmkit.value.btyd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The three purchase models fitted on CDNOW's calibration period (to 1997-09-30) predict its
 * holdout (to 1998-06-30, 39 weeks, 1,882 repeat purchase days); the figures are those the README
 * reports.
 */
class CdnowHoldoutComparisonTest {

    private static RepeatPurchaseSummary raw;
    private static PurchaseModelSelection selection;

    @BeforeAll
    static void fit_every_model() {
        raw = Cdnow.rawSummary();
        selection = PurchaseModelSelection.of(raw, 0);
    }

    @Test
    void the_holdout_has_1882_repeat_purchase_days_over_39_weeks() {
        HoldoutValidation any = selection.candidates().get(0).holdout().orElseThrow();
        assertThat(any.actualPurchases()).isEqualTo(1882);
        assertThat(any.duration()).isCloseTo(273 / 7.0, within(1e-12));
        assertThat(any.customers()).isEqualTo(2357);
    }

    @Test
    void each_model_predicts_the_holdout_total_the_readme_reports() {
        // every model under-predicts CDNOW's holdout: BG/NBD by 12 %, MBG/NBD by 16 %, Pareto/NBD by 11.5 %
        assertThat(validation(PurchaseModelKind.BG_NBD).predictedPurchases()).isCloseTo(1653.4, within(0.05));
        assertThat(validation(PurchaseModelKind.MBG_NBD).predictedPurchases()).isCloseTo(1576.7, within(0.05));
        assertThat(validation(PurchaseModelKind.PARETO_NBD).predictedPurchases()).isCloseTo(1665.5, within(0.05));
        assertThat(validation(PurchaseModelKind.BG_NBD).rootMeanSquaredError()).isCloseTo(1.6080, within(0.00005));
        assertThat(validation(PurchaseModelKind.MBG_NBD).rootMeanSquaredError()).isCloseTo(1.6072, within(0.00005));
        assertThat(validation(PurchaseModelKind.PARETO_NBD).rootMeanSquaredError()).isCloseTo(1.6028, within(0.00005));
        assertThat(validation(PurchaseModelKind.PARETO_NBD).meanAbsoluteError()).isCloseTo(0.7545, within(0.00005));
    }

    @Test
    void pareto_nbd_has_the_smallest_holdout_errors_on_cdnow_so_auto_picks_it() {
        assertThat(selection.chosen().model().kind()).isEqualTo(PurchaseModelKind.PARETO_NBD);
        for (PurchaseModelKind other : new PurchaseModelKind[] {PurchaseModelKind.BG_NBD, PurchaseModelKind.MBG_NBD}) {
            assertThat(validation(PurchaseModelKind.PARETO_NBD).meanAbsoluteError()).isLessThan(validation(other).meanAbsoluteError());
            assertThat(Math.abs(validation(PurchaseModelKind.PARETO_NBD).totalRelativeError()))
                    .isLessThan(Math.abs(validation(other).totalRelativeError()));
        }
    }

    private static HoldoutValidation validation(PurchaseModelKind kind) {
        return selection.candidates().get(kind.ordinal()).holdout().orElseThrow();
    }

    @Test
    void the_groups_by_calibration_frequency_add_up_to_the_totals() {
        HoldoutValidation v = selection.candidates().get(2).holdout().orElseThrow();
        double actual = v.byFrequency().stream().mapToDouble(g -> g.actualMean() * g.customers()).sum();
        double predicted = v.byFrequency().stream().mapToDouble(g -> g.predictedMean() * g.customers()).sum();
        assertThat(actual).isCloseTo(v.actualPurchases(), within(1e-9));
        assertThat(predicted).isCloseTo(v.predictedPurchases(), within(1e-9));
        assertThat(v.byFrequency()).hasSize(HoldoutValidation.GROUPS + 1);
    }

    @Test
    void auto_picks_by_holdout_error() {
        assertThat(selection.byHoldout()).isTrue();
        double best = selection.candidates().stream().mapToDouble(c -> c.holdout().orElseThrow().rootMeanSquaredError()).min()
                .orElseThrow();
        assertThat(HoldoutValidation.of(selection.chosen().model(), raw).rootMeanSquaredError()).isEqualTo(best);
    }
}
