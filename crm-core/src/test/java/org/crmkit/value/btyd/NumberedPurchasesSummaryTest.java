package org.crmkit.value.btyd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link RepeatPurchaseSummary#ofNumberedPurchases}: the builder's summary, bit for bit, from
 * columns of numbered customers, whatever the row order; late rows counted; bad rows refused.
 */
class NumberedPurchasesSummaryTest {

    private static final LocalDate CALIBRATION_END = LocalDate.of(2024, 6, 30);
    private static final LocalDate OBSERVATION_END = LocalDate.of(2024, 9, 30);
    private static final SummaryWindow WINDOW = SummaryWindow.withHoldout(PeriodUnit.WEEKS, CALIBRATION_END, OBSERVATION_END);

    @Test
    void columns_in_any_row_order_summarise_exactly_as_the_builder_does() {
        assertSummarisedAsTheBuilderDoes(WINDOW);
    }

    @Test
    void without_a_holdout_the_columns_summarise_as_the_builder_does_and_every_holdout_figure_is_zero() {
        SummaryWindow window = SummaryWindow.until(PeriodUnit.WEEKS, CALIBRATION_END);

        RepeatPurchaseSummary summary = assertSummarisedAsTheBuilderDoes(window);

        for (int i = 0; i < summary.size(); i++) {
            assertThat(summary.holdoutFrequency(i)).isZero();
            assertThat(summary.holdoutMonetaryValue(i)).isZero();
            assertThat(summary.daysSinceLastPurchase(i)).isEqualTo((int) (CALIBRATION_END.toEpochDay()
                    - summary.lastPurchase(i).toEpochDay()));
        }
        // a customer the summary does not have is refused as by the columns of a summary with a holdout
        assertThatThrownBy(() -> summary.holdoutFrequency(summary.size())).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> summary.holdoutMonetaryValue(-1)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    /**
     * 80,000 customers over 240,000 rows in random order (same-day rows, holdout and late rows among them), both ways:
     * enough customers that the summary's columns are made on two threads.
     */
    private static RepeatPurchaseSummary assertSummarisedAsTheBuilderDoes(SummaryWindow window) {
        // given
        LocalDate observationEnd = window.observationEnd();
        int rows = 240_000;
        RandomRows random = RandomRows.of(5, rows, 80_000);
        int[] customer = random.customer();
        int[] day = random.day();
        double[] amount = random.amount();
        // numbered in order of first appearance, as the builder numbers its keys (late rows included)
        int[] number = new int[80_000];
        java.util.Arrays.fill(number, -1);
        int numbered = 0;
        RepeatPurchaseSummaryBuilder builder = RepeatPurchaseSummary.builder(window).ignoreRowsAfterObservationEnd();
        for (int r = 0; r < rows; r++) {
            if (number[customer[r]] < 0 && day[r] <= observationEnd.toEpochDay()) {
                number[customer[r]] = numbered++;
            }
            builder.purchaseOnDay(customer[r], day[r], amount[r]);
            customer[r] = number[customer[r]] >= 0 ? number[customer[r]] : numbered++;
        }

        // when
        RepeatPurchaseSummary expected = builder.build();
        RepeatPurchaseSummary actual = RepeatPurchaseSummary.ofNumberedPurchases(window, numbered, customer, day, amount, rows);

        // then
        assertThat(actual.size()).isEqualTo(expected.size()).isPositive();
        assertThat(actual.ignoredRows()).isEqualTo(expected.ignoredRows()).isPositive();
        assertThat(actual.repeatBuyers()).isEqualTo(expected.repeatBuyers()).isPositive();
        // customers whose only rows are late are in neither count; those with only holdout rows are dropped
        assertThat(actual.droppedCustomers()).isEqualTo(expected.droppedCustomers());
        assertThat(actual.droppedCustomers() > 0).as("some customers dropped").isEqualTo(window.holdoutDuration() > 0);
        for (int i = 0; i < actual.size(); i++) {
            assertThat(number[(int) expected.longCustomerKey(i)]).isEqualTo(actual.longCustomerKey(i));
        }
        assertSameFigures(actual, expected);
        return actual;
    }

    @Test
    void days_since_the_last_purchase_count_the_holdout_and_end_at_the_observation_end() {
        // given customer 0 buys in the calibration period and the holdout, customer 1 only before the calibration end
        int[] customer = {0, 1, 0, 0};
        int[] day = {epochDay(1, 5), epochDay(3, 1), epochDay(8, 31), epochDay(10, 2)};
        double[] amount = {10, 20, 30, 40};

        // when
        RepeatPurchaseSummary summary = RepeatPurchaseSummary.ofNumberedPurchases(WINDOW, 2, customer, day, amount, 4);

        // then the row of Oct 2 is after the observation end
        assertThat(summary.daysSinceLastPurchase(0)).isEqualTo(30);
        assertThat(summary.daysSinceLastPurchase(1)).isEqualTo((int) (OBSERVATION_END.toEpochDay() - epochDay(3, 1)));
        assertThat(summary.holdoutFrequency(0)).isEqualTo(1);
        assertThat(summary.ignoredRows()).isEqualTo(1);
    }

    @Test
    void a_customer_number_out_of_range_or_a_negative_amount_is_refused_with_its_row() {
        int[] day = {epochDay(1, 5), epochDay(1, 6)};
        assertThatThrownBy(() -> RepeatPurchaseSummary.ofNumberedPurchases(WINDOW, 2, new int[] {0, 2}, day, new double[] {1, 1},
                2)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("row 1: customer number must be in [0, 2)");
        assertThatThrownBy(() -> RepeatPurchaseSummary.ofNumberedPurchases(WINDOW, 2, new int[] {0, 1}, day, new double[] {1, -1},
                2)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("row 1: purchase amount must be finite and >= 0");
    }

    @Test
    void rows_in_chunks_summarise_bit_for_bit_as_the_same_rows_in_one_set_of_columns() {
        // given 300,000 rows (more than one part of the parallel copy) cut into chunks of uneven sizes, two of them empty
        int rows = 300_000;
        RandomRows random = RandomRows.of(11, rows, 50_000);
        int[] customer = random.customer();
        int[] day = random.day();
        double[] amount = random.amount();
        int[] cuts = {0, 0, 1, 70_000, 70_000, 290_000, rows};
        int chunks = cuts.length - 1;
        int[][] customers = new int[chunks][];
        int[][] days = new int[chunks][];
        double[][] amounts = new double[chunks][];
        int[] counts = new int[chunks];
        for (int k = 0; k < chunks; k++) {
            counts[k] = cuts[k + 1] - cuts[k];
            // columns longer than their rows, as a reader's growing columns are
            customers[k] = java.util.Arrays.copyOfRange(customer, cuts[k], cuts[k + 1] + 7);
            days[k] = java.util.Arrays.copyOfRange(day, cuts[k], cuts[k + 1] + 7);
            amounts[k] = java.util.Arrays.copyOfRange(amount, cuts[k], cuts[k + 1] + 7);
        }

        for (SummaryWindow window : java.util.List.of(WINDOW, SummaryWindow.until(PeriodUnit.WEEKS, CALIBRATION_END))) {
            // when
            RepeatPurchaseSummary whole = RepeatPurchaseSummary.ofNumberedPurchases(window, 50_000, customer, day, amount, rows);
            RepeatPurchaseSummary chunked = RepeatPurchaseSummary.ofNumberedPurchases(window, 50_000, customers, days, amounts, counts);

            // then
            assertThat(chunked.size()).isEqualTo(whole.size()).isPositive();
            assertThat(chunked.rows()).isEqualTo(whole.rows()).isEqualTo((long) rows);
            assertThat(chunked.ignoredRows()).isEqualTo(whole.ignoredRows()).isPositive();
            assertThat(chunked.droppedCustomers()).isEqualTo(whole.droppedCustomers());
            for (int i = 0; i < whole.size(); i++) {
                assertThat(chunked.longCustomerKey(i)).isEqualTo(whole.longCustomerKey(i));
            }
            assertSameFigures(chunked, whole);
        }
    }

    @Test
    void a_bad_row_in_a_chunk_is_named_by_its_number_across_the_chunks_and_bad_chunks_are_refused() {
        int d = epochDay(1, 5);
        int[][] days = {{d, d}, {d, d, d}};
        double[][] amounts = {{1, 1}, {1, 1, 1}};

        assertThatThrownBy(() -> RepeatPurchaseSummary.ofNumberedPurchases(WINDOW, 2, new int[][] {{0, 1}, {1, 2, 0}}, days, amounts,
                new int[] {2, 3})).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("row 3: customer number must be in [0, 2)");
        assertThatThrownBy(() -> RepeatPurchaseSummary.ofNumberedPurchases(WINDOW, 2, new int[][] {{0, 1}, {1, 0, 0}}, days,
                new double[][] {{1, 1}, {1, 1, -1}}, new int[] {2, 3})).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("row 4: purchase amount must be finite and >= 0");
        // a chunk shorter than its count, a negative count, chunk arrays of different lengths
        assertThatThrownBy(() -> RepeatPurchaseSummary.ofNumberedPurchases(WINDOW, 2, new int[][] {{0, 1}, {1, 0, 0}}, days, amounts,
                new int[] {2, 4})).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("chunk 1");
        assertThatThrownBy(() -> RepeatPurchaseSummary.ofNumberedPurchases(WINDOW, 2, new int[][] {{0, 1}, {1, 0, 0}}, days, amounts,
                new int[] {-1, 3})).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("chunk 0");
        assertThatThrownBy(() -> RepeatPurchaseSummary.ofNumberedPurchases(WINDOW, 2, new int[][] {{0, 1}}, days, amounts,
                new int[] {2, 3})).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("as many chunks");
    }

    /** Every figure of every summary customer the same, bit for bit (the caller compares the keys). */
    private static void assertSameFigures(RepeatPurchaseSummary actual, RepeatPurchaseSummary expected) {
        for (int i = 0; i < actual.size(); i++) {
            assertThat(actual.frequency(i)).isEqualTo(expected.frequency(i));
            assertThat(actual.recency(i)).isEqualTo(expected.recency(i));
            assertThat(actual.age(i)).isEqualTo(expected.age(i));
            assertThat(actual.monetaryValue(i)).isEqualTo(expected.monetaryValue(i));
            assertThat(actual.totalValue(i)).isEqualTo(expected.totalValue(i));
            assertThat(actual.holdoutFrequency(i)).isEqualTo(expected.holdoutFrequency(i));
            assertThat(actual.holdoutMonetaryValue(i)).isEqualTo(expected.holdoutMonetaryValue(i));
            assertThat(actual.daysSinceLastPurchase(i)).isEqualTo(expected.daysSinceLastPurchase(i));
            assertThat(actual.lastPurchase(i)).isEqualTo(expected.lastPurchase(i));
        }
    }

    /** Purchase rows at random: customers below a bound, days over 300 days from 2024-01-01, amounts to the cent. */
    private record RandomRows(int[] customer, int[] day, double[] amount) {
        static RandomRows of(long seed, int rows, int customers) {
            Random random = new Random(seed);
            int[] customer = new int[rows];
            int[] day = new int[rows];
            double[] amount = new double[rows];
            int first = (int) LocalDate.of(2024, 1, 1).toEpochDay();
            for (int r = 0; r < rows; r++) {
                customer[r] = random.nextInt(customers);
                day[r] = first + random.nextInt(300);
                amount[r] = random.nextInt(10_000) / 100.0;
            }
            return new RandomRows(customer, day, amount);
        }
    }

    private static int epochDay(int month, int dayOfMonth) {
        return (int) LocalDate.of(2024, month, dayOfMonth).toEpochDay();
    }
}
