package org.crmkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.LocalDate;
import org.crmkit.value.btyd.BgNbdModel;
import org.crmkit.value.btyd.GammaGammaModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code crm analyze} on five hand-made customers, whose summaries are worked out below by hand,
 * among 400 simulated customers who give the models enough data to fit. Calibration ends
 * 2024-03-31 (2024 is a leap year: January 31 days, February 29, March 31).
 */
class AnalyzeHandCheckedCsvTest {

    private static final String HAND_ROWS = """
            a,2024-01-01,10.00
            a,2024-01-01,5.00
            a,2024-01-15,20.00
            a,2024-02-12,30.00
            b,2024-01-08,40.00
            c,2024-01-10,25.00
            c,2024-02-07,0.00
            c,2024-03-06,0
            d,2024-02-01,12.50
            d,2024-04-10,99.00
            e,2024-01-03T09:15:00+08:00,8
            e,2024-01-03 18:40:00,7
            e,2024-01-04,15
            """;
    private static final SimulatedOrders FILLER = SimulatedOrders.of(BgNbdModel.of(0.5, 5, 0.8, 2.5),
            GammaGammaModel.of(6, 4, 15), 11, 400, LocalDate.of(2024, 1, 1), 60, LocalDate.of(2024, 3, 31), "s");

    @TempDir
    Path dir;

    @Test
    void each_hand_made_customer_has_the_hand_computed_frequency_recency_t_and_monetary_value() {
        // given
        Path orders = OrderFiles.write(dir, "orders.csv", "customer_id,date,amount\n" + HAND_ROWS + FILLER.csvRows());

        // when
        CrmRun run = CrmRun.of("analyze", "--orders", orders.toString(), "--calibration-end", "2024-03-31", "--format", "json");

        // then
        assertThat(run.exitCode()).as(run.err()).isZero();
        // a: days Jan 1 (10 + 5, one purchase), Jan 15, Feb 12: x = 2; t_x = Jan 1 -> Feb 12 = 42 days;
        //    T = Jan 1 -> Mar 31 = 30 + 29 + 31 = 90 days; monetary = mean of the repeats (20 + 30) / 2
        assertSummary(run.customer("a"), 2, 42 / 7.0, 90 / 7.0, 25.0);
        // b: one purchase on Jan 8; T = Jan 8 -> Mar 31 = 23 + 29 + 31 = 83 days
        assertSummary(run.customer("b"), 0, 0, 83 / 7.0, 0);
        // c: Jan 10, Feb 7, Mar 6: x = 2, t_x = 21 + 7 + 28 = 56 days, T = 21 + 29 + 31 = 81 days; repeats spent 0
        assertSummary(run.customer("c"), 2, 56 / 7.0, 81 / 7.0, 0);
        // d: Feb 1 only (Apr 10 is after the calibration end): T = 28 + 31 = 59 days
        assertSummary(run.customer("d"), 0, 0, 59 / 7.0, 0);
        // e: Jan 3 twice (date-times count on their date), Jan 4: x = 1, t_x = 1 day, T = 28 + 29 + 31 = 88 days
        assertSummary(run.customer("e"), 1, 1 / 7.0, 88 / 7.0, 15.0);
    }

    @Test
    void the_customer_whose_repeats_all_spent_zero_is_left_out_of_gamma_gamma_and_counted() {
        // given
        Path orders = OrderFiles.write(dir, "orders.csv", "customer_id,date,amount\n" + HAND_ROWS + FILLER.csvRows());

        // when
        CrmRun run = CrmRun.of("analyze", "--orders", orders.toString(), "--calibration-end", "2024-03-31", "--format", "json");

        // then
        JsonNode json = run.json();
        assertThat(json.get("zeroSpendRepeatCustomers").asInt()).isEqualTo(1);
        assertThat(json.get("customers").asInt()).isEqualTo(405);
        assertThat(json.get("input").get("rows").asLong()).isEqualTo(13 + FILLER.rows().size());
        assertThat(json.get("input").get("rowsAfterObservationEnd").asLong()).isEqualTo(1);
        assertThat(json.get("observationEnd").asText()).isEqualTo("2024-03-31");
        // c still gets a P(alive) and a CLV from the population's mean spend
        assertThat(run.customer("c").get("pAlive").asDouble()).isBetween(0.0, 1.0);
        assertThat(run.customer("c").get("clv").asDouble()).isPositive();
    }

    @Test
    void other_column_names_and_a_date_pattern_give_the_same_numbers() {
        // given the same orders with columns renamed, reordered, one more column and dd/MM/yyyy dates
        StringBuilder renamed = new StringBuilder("order_date,total,channel,cust\n");
        (HAND_ROWS + FILLER.csvRows()).lines().forEach(line -> {
            String[] f = line.split(",");
            LocalDate date = LocalDate.parse(f[1].substring(0, 10));
            renamed.append(String.format("%02d/%02d/%d,%s,app,%s%n", date.getDayOfMonth(), date.getMonthValue(), date.getYear(),
                    f[2], f[0]));
        });
        Path iso = OrderFiles.write(dir, "iso.csv", "customer_id,date,amount\n" + HAND_ROWS + FILLER.csvRows());
        Path other = OrderFiles.write(dir, "other.csv", renamed.toString());

        // when
        CrmRun expected = CrmRun.of("analyze", "--orders", iso.toString(), "--calibration-end", "2024-03-31", "--format", "csv");
        CrmRun actual = CrmRun.of("analyze", "--orders", other.toString(), "--calibration-end", "2024-03-31", "--format", "csv",
                "--columns", "customer_id=cust,date=order_date,amount=total", "--date-format", "dd/MM/yyyy");

        // then
        assertThat(actual.exitCode()).as(actual.err()).isZero();
        assertThat(actual.out()).startsWith(CsvReport.HEADER).isEqualTo(expected.out());
    }

    @Test
    void with_a_holdout_t_stops_at_the_calibration_end_and_rfm_counts_every_purchase_to_the_observation_end() {
        // given k buys once in January, then on 20 days of March; z first buys in March; y bought once, first of all
        StringBuilder rows = new StringBuilder("customer_id,date,amount\ny,2024-01-01,5\nk,2024-01-05,10\nz,2024-03-02,10\n");
        for (int day = 12; day <= 31; day++) {
            rows.append("k,2024-03-").append(day).append(",10\n");
        }
        SimulatedOrders filler = SimulatedOrders.of(BgNbdModel.of(0.5, 5, 0.8, 2.5), GammaGammaModel.of(6, 4, 15), 12, 2000,
                LocalDate.of(2024, 1, 1), 30, LocalDate.of(2024, 3, 31), "s");
        Path orders = OrderFiles.write(dir, "orders.csv", rows + filler.csvRows());

        // when
        CrmRun run = CrmRun.of("analyze", "--orders", orders.toString(), "--calibration-end", "2024-02-29", "--observation-end",
                "2024-03-31", "--format", "json");

        // then
        assertThat(run.exitCode()).as(run.err()).isZero();
        // k in the calibration period: one purchase on Jan 5, T = Jan 5 -> Feb 29 = 26 + 29 = 55 days
        assertSummary(run.customer("k"), 0, 0, 55 / 7.0, 0);
        // but RFM sees 21 purchase days, the last on the observation end: the best recency and frequency
        assertThat(run.customer("k").get("rfmSegment").asText()).isEqualTo("CHAMPIONS");
        // y: one purchase, on the earliest day of the file: the worst recency and frequency
        assertThat(run.customer("y").get("rfmSegment").asText()).isEqualTo("LOST");
        assertThat(run.json().get("input").get("customersFirstBuyingAfterCalibrationEnd").asInt()).isPositive();
        assertThat(run.out()).doesNotContain("\"customerId\": \"z\"");
    }

    private static void assertSummary(JsonNode customer, int frequency, double recency, double age, double monetaryValue) {
        String id = customer.get("customerId").asText();
        assertThat(customer.get("frequency").asInt()).as("frequency of %s", id).isEqualTo(frequency);
        assertThat(customer.get("recency").asDouble()).as("recency of %s", id).isCloseTo(recency, within(1e-10));
        assertThat(customer.get("T").asDouble()).as("T of %s", id).isCloseTo(age, within(1e-10));
        assertThat(customer.get("monetaryValue").asDouble()).as("monetary value of %s", id).isCloseTo(monetaryValue, within(1e-10));
    }
}
