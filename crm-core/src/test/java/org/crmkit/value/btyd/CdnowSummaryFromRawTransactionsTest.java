package org.crmkit.value.btyd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The summary built from the raw CDNOW records (weeks = days / 7, calibration ending 1997-09-30
 * inclusive) is the one Fader and Hardie published: frequency exact, recency, T and zbar equal to
 * the CSVs' two decimals.
 */
class CdnowSummaryFromRawTransactionsTest {

    private static final RepeatPurchaseSummary RAW = Cdnow.rawSummary();

    @Test
    void every_published_customer_has_the_same_frequency_recency_t_and_mean_repeat_value() {
        // given
        List<Cdnow.Row> published = Cdnow.publishedSummary();

        // then
        assertThat(RAW.size()).isEqualTo(published.size()).isEqualTo(2357);
        for (int i = 0; i < published.size(); i++) {
            Cdnow.Row row = published.get(i);
            assertThat(RAW.longCustomerKey(i)).isEqualTo(row.id());
            assertThat(RAW.frequency(i)).as("x of %s", row.id()).isEqualTo(row.x());
            assertThat(RAW.recency(i)).as("t_x of %s", row.id()).isCloseTo(row.tx(), within(0.005));
            assertThat(RAW.age(i)).as("T of %s", row.id()).isCloseTo(row.age(), within(0.005));
            assertThat(RAW.monetaryValue(i)).as("zbar of %s", row.id()).isCloseTo(row.zbar(), within(0.005 + 1e-9));
        }
    }

    @Test
    void the_frequency_only_summary_agrees_too() {
        // given
        List<Cdnow.Row> published = Cdnow.publishedFrequencySummary();

        // then
        for (int i = 0; i < published.size(); i++) {
            assertThat(RAW.frequency(i)).isEqualTo(published.get(i).x());
            assertThat(RAW.recency(i)).isCloseTo(published.get(i).tx(), within(0.005));
            assertThat(RAW.age(i)).isCloseTo(published.get(i).age(), within(0.005));
        }
    }

    @Test
    void the_totals_match_the_readme() {
        // when
        long repeats = 0;
        for (int i = 0; i < RAW.size(); i++) {
            repeats += RAW.frequency(i);
        }

        // then
        assertThat(RAW.repeatBuyers()).isEqualTo(946);
        assertThat(repeats).isEqualTo(2457);
        assertThat(RAW.rows()).isEqualTo(6919);
        assertThat(RAW.droppedCustomers()).isZero();
    }

    @Test
    void customer_1_has_the_hand_computed_calibration_and_holdout_figures() {
        // given records 1997-01-01 29.33, 1997-01-18 29.73, 1997-08-02 14.96 and, in the holdout, 1997-12-12 26.48

        // then
        assertThat(RAW.customerKey(0)).isEqualTo("1");
        assertThat(RAW.frequency(0)).isEqualTo(2);
        assertThat(RAW.recency(0)).isEqualTo(213 / 7.0);
        assertThat(RAW.age(0)).isEqualTo(272 / 7.0);
        assertThat(RAW.monetaryValue(0)).isCloseTo((29.73 + 14.96) / 2, within(1e-12));
        assertThat(RAW.totalValue(0)).isCloseTo(29.33 + 29.73 + 14.96, within(1e-12));
        assertThat(RAW.firstPurchase(0)).isEqualTo(LocalDate.of(1997, 1, 1));
        assertThat(RAW.lastPurchase(0)).isEqualTo(LocalDate.of(1997, 8, 2));
        assertThat(RAW.holdoutFrequency(0)).isEqualTo(1);
        assertThat(RAW.holdoutMonetaryValue(0)).isEqualTo(26.48);
        assertThat(RAW.holdoutDuration()).isEqualTo(39.0);
    }
}
