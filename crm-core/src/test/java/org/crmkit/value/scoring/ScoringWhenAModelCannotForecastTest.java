package org.crmkit.value.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.crmkit.shared.TenantId;
import org.crmkit.value.btyd.RepeatPurchaseSummary;
import org.crmkit.value.btyd.RepeatPurchaseSummaryBuilder;
import org.crmkit.value.btyd.internal.RandomDraws;
import org.junit.jupiter.api.Test;

/**
 * A scoring run whose model cannot give every customer a finite forecast scores without that model
 * and says why, rather than fail half-way or store a number that is not one.
 */
class ScoringWhenAModelCannotForecastTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final LocalDate END = LocalDate.of(2025, 12, 10);
    private static final Instant AS_OF = END.atTime(20, 0).atZone(ZONE).toInstant();
    private static final TenantId SHOP = TenantId.of("shop");

    /**
     * The purchase days of {@code crm demo --customers 2000 --seed 6}, whose MBG/NBD fit ran off to a =
     * 2e76, b = 3e77 and stopped there as converged: the run then failed in the forecasts (a series
     * that did not converge, or a NaN the value's money could not hold).
     */
    @Test
    void customers_whose_mbg_nbd_fit_runs_to_a_boundary_are_scored_without_predictions_and_the_report_says_why() throws IOException {
        RepeatPurchaseSummary summary = demoSeed6();
        List<CustomerValue> values = new ArrayList<>();

        ScoringReport report = ValueScoring.run(ScoreCustomers.of(SHOP).purchaseModel(PurchaseModelChoice.MBG_NBD), AS_OF, ZONE,
                () -> summary, (page, lastPurchases) -> values.addAll(page));

        assertThat(report.purchaseModel()).isEmpty();
        assertThat(report.spendModel()).isEmpty();
        assertThat(report.notes()).anySatisfy(note -> assertThat(note).startsWith("MBG/NBD not fitted")
                .contains("the likelihood has no finite maximum").contains("withPenalizer(0.001)"));
        assertThat(values).hasSize(summary.size()).allSatisfy(v -> assertThat(v.prediction()).isEmpty());
        assertThat(report.customers()).isEqualTo(summary.size());
    }

    @Test
    void the_same_customers_with_the_advised_penalizer_get_finite_predictions() throws IOException {
        RepeatPurchaseSummary summary = demoSeed6();
        List<CustomerValue> values = new ArrayList<>();

        ScoringReport report = ValueScoring.run(ScoreCustomers.of(SHOP).purchaseModel(PurchaseModelChoice.MBG_NBD).penalizer(0.001),
                AS_OF, ZONE, () -> summary, (page, lastPurchases) -> values.addAll(page));

        assertThat(report.purchaseModel()).isPresent();
        assertThat(values).hasSize(summary.size()).allSatisfy(v -> {
            Prediction p = v.prediction().orElseThrow();
            assertThat(p.pAlive()).isBetween(0.0, 1.0);
            assertThat(p.expectedPurchases()).isFinite().isNotNegative();
        });
    }

    /**
     * Spend per purchase with a tail so heavy that the Gamma-Gamma fit puts q below 1: an infinite
     * mean spend, from which no customer's expected spend can be taken. Expected spend and CLV then
     * use each customer's own mean, as when the spend model cannot be fitted at all.
     */
    @Test
    void a_spend_fit_with_an_infinite_mean_is_not_used_and_the_report_says_so() {
        RandomDraws random = new RandomDraws(7);
        RepeatPurchaseSummaryBuilder builder = RepeatPurchaseSummary.builder(ValueScoring.window(AS_OF, ZONE)).zone(ZONE);
        for (int i = 0; i < 3000; i++) {
            double scale = random.gamma(0.6, 10);
            double rate = random.gamma(1.5, 60);
            double dropout = random.beta(1, 4);
            long day = END.toEpochDay() - 1 - (long) (random.uniform() * 700);
            while (day <= END.toEpochDay()) {
                builder.purchaseOnDay("c" + i, day, Math.max(0.01, random.gamma(4, scale)));
                if (random.uniform() < dropout) {
                    break;
                }
                day += 1 + (long) random.exponential(rate);
            }
        }
        RepeatPurchaseSummary summary = builder.build();
        List<CustomerValue> values = new ArrayList<>();

        ScoringReport report = ValueScoring.run(ScoreCustomers.of(SHOP).purchaseModel(PurchaseModelChoice.BG_NBD), AS_OF, ZONE,
                () -> summary, (page, lastPurchases) -> values.addAll(page));

        assertThat(report.purchaseModel()).as("%s", report.notes()).isPresent();
        assertThat(report.spendModel()).isEmpty();
        assertThat(report.notes()).anySatisfy(note -> assertThat(note).startsWith("Gamma-Gamma not used").contains("q <= 1"))
                .contains("expected spend and CLV use each customer's own mean spend per purchase");
        assertThat(values).allSatisfy(v -> assertThat(v.prediction().orElseThrow().clv().signum()).isNotNegative());
    }

    private static RepeatPurchaseSummary demoSeed6() throws IOException {
        String text;
        try (InputStream in = Objects.requireNonNull(ScoringWhenAModelCannotForecastTest.class.getResourceAsStream(
                "demo-seed-6-purchase-days.txt"))) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        RepeatPurchaseSummaryBuilder builder = RepeatPurchaseSummary.builder(ValueScoring.window(AS_OF, ZONE)).zone(ZONE);
        int customer = 0;
        for (String line : text.lines().filter(l -> !l.startsWith("#")).toList()) {
            for (String daysBefore : line.split(" ")) {
                long day = END.toEpochDay() - Long.parseLong(daysBefore);
                builder.purchaseOnDay("c" + customer, day, 50 + (customer * 37 + day) % 250);
            }
            customer++;
        }
        return builder.build();
    }
}
