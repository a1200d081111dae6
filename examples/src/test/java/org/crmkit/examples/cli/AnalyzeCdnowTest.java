package org.crmkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Iterator;
import org.crmkit.value.btyd.BgNbdModel;
import org.crmkit.value.btyd.CustomerLifetimeValue;
import org.crmkit.value.btyd.GammaGammaModel;
import org.crmkit.value.btyd.PeriodUnit;
import org.crmkit.value.btyd.RepeatPurchaseSummary;
import org.crmkit.value.btyd.RepeatPurchaseSummaryBuilder;
import org.crmkit.value.btyd.SummaryWindow;
import org.crmkit.value.scoring.RfmQuintiles;
import org.crmkit.value.scoring.RfmSegment;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code crm analyze} on the CDNOW sample (crm-core's test resource, converted to
 * customer_id,date,amount) with calibration to 1997-09-30 in weeks, as the BG/NBD paper and {@code
 * lifetimes} fit it.
 *
 * <p>Which digits to expect: the reference r 0.2426, alpha 4.4135, a 0.7929, b 2.4258 is the fit of
 * the published summary, whose recency and T are rounded to 2 decimals; from the raw records (what
 * a CSV of orders gives) the same optimum is r 0.2426, alpha 4.4136, a 0.7929, b 2.4259 (crm-core's
 * CdnowBgNbdReferenceTest), equal to the published 3 decimals and within 0.0001 of the reference.
 */
class AnalyzeCdnowTest {

    private static final double RELATIVE = 1e-11; // the per-customer figures carry 12 significant digits

    @TempDir
    static Path dir;

    private static CrmRun run;
    private static JsonNode json;

    @BeforeAll
    static void analyse_cdnow() {
        Path orders = OrderFiles.write(dir, "cdnow.csv", OrderFiles.cdnowCsv());
        run = CrmRun.of("analyze", "--orders", orders.toString(), "--calibration-end", "1997-09-30", "--period", "weeks",
                "--format", "json");
        json = run.json();
    }

    @Test
    void bg_nbd_reproduces_the_cdnow_reference_parameters() {
        // then
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode bgnbd = json.get("bgnbd");
        assertThat(bgnbd.get("r").asDouble()).isCloseTo(0.2426, within(0.00005));
        assertThat(bgnbd.get("alpha").asDouble()).isCloseTo(4.4136, within(0.00005)).isCloseTo(4.4135, within(0.00015));
        assertThat(bgnbd.get("a").asDouble()).isCloseTo(0.7929, within(0.00005));
        assertThat(bgnbd.get("b").asDouble()).isCloseTo(2.4259, within(0.00005)).isCloseTo(2.4258, within(0.00015));
        assertThat(bgnbd.get("logLikelihood").asDouble()).isCloseTo(-9582.43, within(0.005));
    }

    @Test
    void gamma_gamma_reproduces_the_published_spend_parameters() {
        // then
        JsonNode gg = json.get("gammaGamma");
        assertThat(gg.get("p").asDouble()).isCloseTo(6.2496, within(0.00005)).isCloseTo(6.25, within(0.005));
        assertThat(gg.get("q").asDouble()).isCloseTo(3.7442, within(0.00005)).isCloseTo(3.74, within(0.005));
        assertThat(gg.get("v").asDouble()).isCloseTo(15.4435, within(0.00005)).isCloseTo(15.44, within(0.005));
        assertThat(json.get("zeroSpendRepeatCustomers").asInt()).isZero();
    }

    @Test
    void the_counts_are_those_of_the_cdnow_readme() {
        // then
        assertThat(json.get("customers").asInt()).isEqualTo(2357);
        assertThat(json.get("repeatCustomers").asInt()).isEqualTo(946);
        assertThat(json.get("period").asText()).isEqualTo("weeks");
        assertThat(json.get("customerScores").size()).isEqualTo(2357);
        assertThat(json.get("input").get("rows").asLong()).isEqualTo(6919);
        assertThat(json.get("input").get("rowsAfterObservationEnd").asLong()).isEqualTo(1959);
    }

    @Test
    void customer_1_has_the_hand_computed_summary() {
        // given records 1997-01-01 29.33, 1997-01-18 29.73, 1997-08-02 14.96 (1997-12-12 is after the calibration end)
        JsonNode one = run.customer("1");

        // then
        assertThat(one.get("frequency").asInt()).isEqualTo(2);
        assertThat(one.get("recency").asDouble()).isCloseTo(213 / 7.0, within(1e-8));
        assertThat(one.get("T").asDouble()).isCloseTo(272 / 7.0, within(1e-8));
        assertThat(one.get("monetaryValue").asDouble()).isCloseTo((29.73 + 14.96) / 2, within(1e-8));
    }

    @Test
    void every_customer_has_the_p_alive_expected_purchases_and_clv_of_crm_core_at_the_fitted_parameters() {
        // given the core's own summary of the same rows and its models at the parameters the CLI printed
        RepeatPurchaseSummary summary = coreSummary();
        BgNbdModel purchases = BgNbdModel.of(json.get("bgnbd").get("r").asDouble(), json.get("bgnbd").get("alpha").asDouble(),
                json.get("bgnbd").get("a").asDouble(), json.get("bgnbd").get("b").asDouble());
        GammaGammaModel spend = GammaGammaModel.of(json.get("gammaGamma").get("p").asDouble(),
                json.get("gammaGamma").get("q").asDouble(), json.get("gammaGamma").get("v").asDouble());
        CustomerLifetimeValue clv = CustomerLifetimeValue.of(12, 0.01);

        // then
        Iterator<JsonNode> rows = json.get("customerScores").elements();
        for (int i = 0; i < summary.size(); i++) {
            JsonNode row = rows.next();
            int x = summary.frequency(i);
            double tx = summary.recency(i);
            double age = summary.age(i);
            assertThat(row.get("customerId").asText()).isEqualTo(summary.customerKey(i));
            assertThat(row.get("frequency").asInt()).isEqualTo(x);
            assertClose(row, "recency", tx);
            assertClose(row, "T", age);
            assertClose(row, "monetaryValue", summary.monetaryValue(i));
            assertClose(row, "pAlive", purchases.probabilityAlive(x, tx, age));
            assertClose(row, "expectedPurchases", purchases.expectedPurchases(12 * 4.345, x, tx, age));
            assertClose(row, "clv", clv.value(purchases, spend, PeriodUnit.WEEKS, x, tx, age, summary.monetaryValue(i)));
        }
    }

    @Test
    void every_customer_has_the_rfm_segment_of_the_quintiles_of_days_since_the_last_purchase_and_purchase_days() {
        // given R and F inputs of each customer from the core's summary, as of the calibration end
        RepeatPurchaseSummary summary = coreSummary();
        int n = summary.size();
        double[] recencyDays = new double[n];
        double[] purchaseDays = new double[n];
        for (int i = 0; i < n; i++) {
            recencyDays[i] = LocalDate.of(1997, 9, 30).toEpochDay() - summary.lastPurchase(i).toEpochDay();
            purchaseDays[i] = summary.frequency(i) + 1;
        }
        RfmQuintiles r = RfmQuintiles.of(recencyDays);
        RfmQuintiles f = RfmQuintiles.of(purchaseDays);

        // then
        Iterator<JsonNode> rows = json.get("customerScores").elements();
        java.util.Map<String, Integer> segments = new java.util.TreeMap<>();
        for (int i = 0; i < n; i++) {
            String segment = rows.next().get("rfmSegment").asText();
            assertThat(segment).isEqualTo(RfmSegment.of(r.reverseScore(recencyDays[i]), f.score(purchaseDays[i])).name());
            segments.merge(segment, 1, Integer::sum);
        }
        assertThat(segments).containsKeys("CHAMPIONS", "LOST", "AT_RISK");
    }

    @Test
    void the_same_file_in_days_fits_the_same_process_with_rates_per_day() {
        // given
        Path orders = dir.resolve("cdnow.csv");

        // when
        CrmRun days = CrmRun.of("analyze", "--orders", orders.toString(), "--calibration-end", "1997-09-30", "--period", "days",
                "--format", "json", "--summary-only");

        // then alpha scales with the unit, r, a and b do not
        JsonNode bgnbd = days.json().get("bgnbd");
        assertThat(days.json().get("period").asText()).isEqualTo("days");
        assertThat(bgnbd.get("r").asDouble()).isCloseTo(0.2426, within(0.0001));
        assertThat(bgnbd.get("alpha").asDouble()).isCloseTo(4.4136 * 7, within(0.001));
        assertThat(bgnbd.get("a").asDouble()).isCloseTo(0.7929, within(0.0001));
        assertThat(bgnbd.get("b").asDouble()).isCloseTo(2.4259, within(0.0001));
        assertThat(days.json().has("customerScores")).isFalse();
    }

    @Test
    void the_sample_file_in_examples_data_is_the_conversion_of_the_raw_records() throws java.io.IOException {
        // given the working directory of the examples module's tests
        Path sample = Path.of("data", "cdnow-orders.csv");

        // then
        assertThat(java.nio.file.Files.readString(sample)).isEqualTo(OrderFiles.cdnowCsv());
    }

    private static void assertClose(JsonNode row, String field, double expected) {
        assertThat(row.get(field).asDouble()).as("%s of customer %s", field, row.get("customerId").asText())
                .isCloseTo(expected, within(RELATIVE * Math.abs(expected) + 1e-300));
    }

    private static RepeatPurchaseSummary coreSummary() {
        RepeatPurchaseSummaryBuilder builder = RepeatPurchaseSummary.builder(
                SummaryWindow.until(PeriodUnit.WEEKS, LocalDate.of(1997, 9, 30))).ignoreRowsAfterObservationEnd();
        OrderFiles.cdnowCsv().lines().skip(1).forEach(line -> {
            String[] f = line.split(",");
            builder.purchase(f[0], LocalDate.parse(f[1]), Double.parseDouble(f[2]));
        });
        return builder.build();
    }
}
