package org.crmkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.crmkit.value.btyd.BgNbdFit;
import org.crmkit.value.btyd.BgNbdFitter;
import org.crmkit.value.btyd.BgNbdModel;
import org.crmkit.value.btyd.GammaGammaFit;
import org.crmkit.value.btyd.GammaGammaFitter;
import org.crmkit.value.btyd.GammaGammaModel;
import org.crmkit.value.btyd.PeriodUnit;
import org.crmkit.value.btyd.RepeatPurchaseSummary;
import org.crmkit.value.btyd.RepeatPurchaseSummaryBuilder;
import org.crmkit.value.btyd.SummaryWindow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code crm analyze} on 20,000 customers simulated from known parameters (near the CDNOW
 * estimates), acquired over 12 weeks and observed for 78 weeks: the fitted parameters are the
 * true ones within four standard errors (taken from crm-core's fit of the same orders, which the
 * CLI must equal).
 */
class AnalyzeSimulatedDataTest {

    private static final BgNbdModel TRUE_PURCHASES = BgNbdModel.of(0.243, 4.414, 0.793, 2.426);
    private static final GammaGammaModel TRUE_SPEND = GammaGammaModel.of(6.25, 3.74, 15.44);
    private static final LocalDate LAST_DAY = LocalDate.of(2025, 6, 30);

    @TempDir
    static Path dir;

    private static JsonNode json;
    private static BgNbdFit corePurchases;
    private static GammaGammaFit coreSpend;

    @BeforeAll
    static void simulate_and_analyse() {
        SimulatedOrders orders = SimulatedOrders.of(TRUE_PURCHASES, TRUE_SPEND, 2024, 20_000, LocalDate.of(2024, 1, 1), 84,
                LAST_DAY, "");
        Path file = OrderFiles.write(dir, "orders.csv", "customer_id,date,amount\n" + orders.csvRows());
        CrmRun run = CrmRun.of("analyze", "--orders", file.toString(), "--observation-end", LAST_DAY.toString(), "--format",
                "json", "--summary-only");
        assertThat(run.exitCode()).as(run.err()).isZero();
        json = run.json();
        RepeatPurchaseSummaryBuilder builder = RepeatPurchaseSummary.builder(SummaryWindow.until(PeriodUnit.WEEKS, LAST_DAY));
        orders.rows().forEach(row -> builder.purchase(row.customer(), row.date(), row.amount()));
        RepeatPurchaseSummary summary = builder.build();
        corePurchases = BgNbdFitter.create().fit(summary);
        coreSpend = GammaGammaFitter.create().fit(summary);
    }

    @Test
    void the_cli_fits_are_crm_core_fits_of_the_same_orders() {
        // then
        assertThat(json.get("customers").asInt()).isEqualTo(20_000);
        assertThat(parameter("bgnbd", "r")).isEqualTo(corePurchases.model().r());
        assertThat(parameter("bgnbd", "alpha")).isEqualTo(corePurchases.model().alpha());
        assertThat(parameter("bgnbd", "a")).isEqualTo(corePurchases.model().a());
        assertThat(parameter("bgnbd", "b")).isEqualTo(corePurchases.model().b());
        assertThat(parameter("gammaGamma", "p")).isEqualTo(coreSpend.model().p());
        assertThat(parameter("gammaGamma", "q")).isEqualTo(coreSpend.model().q());
        assertThat(parameter("gammaGamma", "v")).isEqualTo(coreSpend.model().v());
    }

    @Test
    void bg_nbd_recovers_the_true_purchase_parameters_within_four_standard_errors() {
        // given
        Map<String, Double> errors = corePurchases.standardErrors();

        // then
        assertThat(parameter("bgnbd", "r")).isCloseTo(TRUE_PURCHASES.r(), within(4 * errors.get("r")));
        assertThat(parameter("bgnbd", "alpha")).isCloseTo(TRUE_PURCHASES.alpha(), within(4 * errors.get("alpha")));
        assertThat(parameter("bgnbd", "a")).isCloseTo(TRUE_PURCHASES.a(), within(4 * errors.get("a")));
        assertThat(parameter("bgnbd", "b")).isCloseTo(TRUE_PURCHASES.b(), within(4 * errors.get("b")));
        assertThat(errors.values()).allMatch(error -> error > 0 && error < 1);
    }

    @Test
    void gamma_gamma_recovers_the_true_spend_parameters_within_four_standard_errors() {
        // given
        Map<String, Double> errors = coreSpend.standardErrors();

        // then
        assertThat(parameter("gammaGamma", "p")).isCloseTo(TRUE_SPEND.p(), within(4 * errors.get("p")));
        assertThat(parameter("gammaGamma", "q")).isCloseTo(TRUE_SPEND.q(), within(4 * errors.get("q")));
        assertThat(parameter("gammaGamma", "v")).isCloseTo(TRUE_SPEND.v(), within(4 * errors.get("v")));
        assertThat(json.get("zeroSpendRepeatCustomers").asInt()).isZero();
    }

    private static double parameter(String model, String name) {
        return json.get(model).get(name).asDouble();
    }
}
