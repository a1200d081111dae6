package org.crmkit.value.btyd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * A small purchase log worked out by hand: same-day rows, a calibration split, a partly and a
 * fully refunded purchase, a customer first seen in the holdout.
 */
class HandComputedSummaryTest {

    private static final LocalDate CALIBRATION_END = LocalDate.of(2024, 1, 31);
    private static final LocalDate OBSERVATION_END = LocalDate.of(2024, 2, 29);

    /**
     * Customer 7: Jan 1 10 + 5 (one purchase of 15), Jan 8 20, Jan 15 30 refunded in full, Jan 22 40
     * less a refund of 10; holdout Feb 10 12 + 8, Feb 20 25. Customer 8: one purchase on Jan 31.
     * Customer 9: first buys in the holdout. Customer 10: the only purchase refunded in full.
     */
    private static RepeatPurchaseSummary log(PeriodUnit unit) {
        return RepeatPurchaseSummary.builder(SummaryWindow.withHoldout(unit, CALIBRATION_END, OBSERVATION_END))
                .purchase(7, day(1, 1), 10)
                .purchase(8, day(1, 31), 9.5)
                .purchase(7, day(1, 8), 20)
                .purchase(7, day(1, 1), 5)
                .purchase(7, day(1, 15), 30)
                .refund(7, day(1, 15), 30)
                .purchase(7, day(1, 22), 40)
                .refund(7, day(1, 22), 10)
                .purchase(9, day(2, 5), 70)
                .purchase(7, day(2, 20), 25)
                .purchase(7, day(2, 10), 12)
                .purchase(7, day(2, 10), 8)
                .purchase(10, day(1, 10), 50)
                .refund(10, day(1, 10), 50)
                .build();
    }

    @Test
    void same_day_rows_are_one_purchase_and_refunds_reduce_or_cancel_the_day() {
        // when
        RepeatPurchaseSummary summary = log(PeriodUnit.DAYS);

        // then: calibration purchase days Jan 1 (15), Jan 8 (20), Jan 22 (30)
        assertThat(summary.size()).isEqualTo(2);
        assertThat(summary.longCustomerKey(0)).isEqualTo(7);
        assertThat(summary.frequency(0)).isEqualTo(2);
        assertThat(summary.recency(0)).isEqualTo(21.0);
        assertThat(summary.age(0)).isEqualTo(30.0);
        assertThat(summary.monetaryValue(0)).isEqualTo(25.0);
        assertThat(summary.totalValue(0)).isEqualTo(65.0);
        assertThat(summary.firstPurchase(0)).isEqualTo(day(1, 1));
        assertThat(summary.lastPurchase(0)).isEqualTo(day(1, 22));
    }

    @Test
    void the_holdout_counts_purchase_days_and_averages_rows_as_lifetimes_does() {
        // when
        RepeatPurchaseSummary summary = log(PeriodUnit.DAYS);

        // then: Feb 10 and Feb 20 are two purchase days of three rows worth 45
        assertThat(summary.holdoutFrequency(0)).isEqualTo(2);
        assertThat(summary.holdoutMonetaryValue(0)).isEqualTo(15.0);
        assertThat(summary.holdoutDuration()).isEqualTo(29.0);
        assertThat(summary.holdoutFrequency(1)).isZero();
        assertThat(summary.holdoutMonetaryValue(1)).isZero();
    }

    @Test
    void a_single_purchase_on_the_calibration_end_has_everything_zero() {
        // when
        RepeatPurchaseSummary summary = log(PeriodUnit.DAYS);

        // then
        assertThat(summary.customerKey(1)).isEqualTo("8");
        assertThat(summary.frequency(1)).isZero();
        assertThat(summary.recency(1)).isZero();
        assertThat(summary.age(1)).isZero();
        assertThat(summary.monetaryValue(1)).isZero();
        assertThat(summary.totalValue(1)).isEqualTo(9.5);
    }

    @Test
    void customers_first_seen_in_the_holdout_or_fully_refunded_are_dropped_and_counted() {
        // when
        RepeatPurchaseSummary summary = log(PeriodUnit.DAYS);

        // then
        assertThat(summary.droppedCustomers()).isEqualTo(2);
        assertThat(summary.rows()).isEqualTo(14);
    }

    @Test
    void weeks_are_days_divided_by_seven() {
        // when
        RepeatPurchaseSummary summary = log(PeriodUnit.WEEKS);

        // then
        assertThat(summary.recency(0)).isEqualTo(3.0);
        assertThat(summary.age(0)).isCloseTo(30 / 7.0, within(1e-15));
        assertThat(summary.holdoutDuration()).isCloseTo(29 / 7.0, within(1e-15));
    }

    @Test
    void instants_fall_on_the_day_of_the_zone_and_string_keys_work_alike() {
        // given 17:00 UTC on Jan 1 is already Jan 2 in Shanghai
        RepeatPurchaseSummaryBuilder shanghai = RepeatPurchaseSummary.builder(SummaryWindow.until(PeriodUnit.DAYS, CALIBRATION_END));
        RepeatPurchaseSummaryBuilder utc = RepeatPurchaseSummary.builder(SummaryWindow.until(PeriodUnit.DAYS, CALIBRATION_END))
                .zone(ZoneOffset.UTC);
        for (RepeatPurchaseSummaryBuilder builder : new RepeatPurchaseSummaryBuilder[] {shanghai, utc}) {
            builder.purchase("c-1", Instant.parse("2024-01-01T01:00:00Z"), 10).purchase("c-1", Instant.parse("2024-01-01T17:00:00Z"), 5);
        }

        // when
        RepeatPurchaseSummary inShanghai = shanghai.build();
        RepeatPurchaseSummary inUtc = utc.build();

        // then
        assertThat(inShanghai.customerKey(0)).isEqualTo("c-1");
        assertThat(inShanghai.frequency(0)).isEqualTo(1);
        assertThat(inShanghai.monetaryValue(0)).isEqualTo(5.0);
        assertThat(inUtc.frequency(0)).isZero();
        assertThat(inUtc.totalValue(0)).isEqualTo(15.0);
    }

    @Test
    void rows_after_the_observation_end_can_be_ignored_and_are_counted() {
        // when
        RepeatPurchaseSummary summary = RepeatPurchaseSummary.builder(SummaryWindow.until(PeriodUnit.DAYS, CALIBRATION_END))
                .ignoreRowsAfterObservationEnd()
                .purchase(1, day(1, 5), 10)
                .purchase(1, day(2, 5), 10)
                .build();

        // then
        assertThat(summary.frequency(0)).isZero();
        assertThat(summary.ignoredRows()).isEqualTo(1);
        assertThat(summary.rows()).isEqualTo(2);
    }

    private static LocalDate day(int month, int day) {
        return LocalDate.of(2024, month, day);
    }
}
