package org.crmkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.crmkit.customer.LifecycleStage;
import org.crmkit.segment.Criteria;
import org.crmkit.segment.Segment;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.Money;
import org.crmkit.shared.PageRequest;
import org.crmkit.shared.ValidationException;
import org.crmkit.value.StageSuggestion;
import org.crmkit.value.ValueService;
import org.crmkit.value.btyd.BgNbdModel;
import org.crmkit.value.btyd.GammaGammaModel;
import org.crmkit.value.btyd.ParetoNbdModel;
import org.crmkit.value.btyd.PeriodUnit;
import org.crmkit.value.btyd.PurchaseSimulator;
import org.crmkit.value.btyd.RepeatPurchaseSummary;
import org.crmkit.value.btyd.RepeatPurchaseSummaryBuilder;
import org.crmkit.value.btyd.SummaryWindow;
import org.crmkit.value.history.RecordPurchase;
import org.crmkit.value.scoring.CustomerValue;
import org.crmkit.value.scoring.PurchaseModelChoice;
import org.crmkit.value.scoring.ScoreCustomers;
import org.crmkit.value.scoring.ScoringReport;
import org.crmkit.value.scoring.ValueLevel;
import org.crmkit.value.scoring.WinBackCandidate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A scoring run over the recorded purchase history: RFM quintiles and segments, BG/NBD and
 * Gamma-Gamma predictions, the value pyramid, win-back list and stage suggestions, end to end
 * through the storage.
 */
public abstract class ValueScoringContract extends TierFixture {

    private static final int CUSTOMERS = 240;
    private static final LocalDate END = LocalDate.of(2025, 5, 9);

    private ValueService value;
    private final List<CustomerId> buyers = new ArrayList<>();
    private RepeatPurchaseSummaryBuilder expected;

    @BeforeEach
    void recordAYearOfSimulatedPurchases() {
        value = crm.value();
        for (int i = 0; i < CUSTOMERS; i++) {
            buyers.add(register("Buyer " + i));
        }
        expected = RepeatPurchaseSummary.builder(SummaryWindow.until(PeriodUnit.WEEKS, END)).zone(SHANGHAI);
        int[] orders = new int[1];
        PurchaseSimulator.of(BgNbdModel.of(0.243, 4.414, 0.793, 2.426), GammaGammaModel.of(6.25, 3.74, 15.44), 7)
                .transactions(CUSTOMERS, LocalDate.of(2024, 5, 1), 90, END, PeriodUnit.WEEKS, (customer, day, amount) -> {
                    CustomerId who = buyers.get((int) customer);
                    Money paid = Money.of(java.math.BigDecimal.valueOf(amount).setScale(2, java.math.RoundingMode.HALF_EVEN), cny("0").currency());
                    LocalDate date = LocalDate.ofEpochDay(day);
                    crm.commerce().recordPurchase(RecordPurchase.of(tenant, who, "o-" + (++orders[0]), paid)
                            .at(date.atTime(LocalTime.NOON).atZone(SHANGHAI).toInstant()));
                    expected.purchase(who.value(), date, paid.amount().doubleValue());
                });
    }

    @Test
    void every_buyer_gets_rfm_scores_a_segment_a_prediction_and_a_level() {
        // when
        ScoringReport report = value.score(ScoreCustomers.of(tenant));
        // then
        assertThat(report.customers()).isEqualTo(CUSTOMERS);
        assertThat(report.purchaseModel()).as(report.notes().toString()).isPresent();
        assertThat(report.segments().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(CUSTOMERS);
        assertThat(report.levels().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(CUSTOMERS);
        for (CustomerId who : buyers) {
            CustomerValue v = value.value(tenant, who).orElseThrow();
            assertThat(v.rfm().r()).isBetween(1, 5);
            assertThat(v.prediction()).hasValueSatisfying(p -> assertThat(p.pAlive()).isBetween(0.0, 1.0));
            if (v.rfm().frequency() == 1) {
                assertThat(v.prediction().orElseThrow().pAlive()).as("Pareto/NBD: no repeat purchase, not surely alive")
                        .isLessThan(1.0);
            }
        }
    }

    @Test
    void under_bg_nbd_every_buyer_without_a_repeat_purchase_is_alive() {
        // when
        ScoringReport report = value.score(ScoreCustomers.of(tenant).purchaseModel(PurchaseModelChoice.BG_NBD));
        // then
        assertThat(report.purchaseModel()).hasValueSatisfying(f -> assertThat(f.model()).isInstanceOf(BgNbdModel.class));
        for (CustomerId who : buyers) {
            CustomerValue v = value.value(tenant, who).orElseThrow();
            if (v.rfm().frequency() == 1) {
                assertThat(v.prediction().orElseThrow().pAlive()).as("BG/NBD: no repeat purchase, alive").isEqualTo(1.0);
            }
        }
    }

    @Test
    void auto_keeps_the_model_with_the_highest_log_likelihood_and_says_so() {
        // when
        ScoringReport report = value.score(ScoreCustomers.of(tenant).asOf(shanghai("2025-05-09T23:00"))
                .purchaseModel(PurchaseModelChoice.AUTO));
        // then
        RepeatPurchaseSummary summary = expected.build();
        double best = java.util.Arrays.stream(org.crmkit.value.btyd.PurchaseModelKind.values())
                .mapToDouble(k -> k.fit(summary, 0).logLikelihood()).max().orElseThrow();
        assertThat(report.purchaseModel().orElseThrow().logLikelihood()).isCloseTo(best, within(1e-6));
        assertThat(report.notes()).anySatisfy(note -> assertThat(note).startsWith("auto chose "));
    }

    @Test
    void predictions_are_the_models_fitted_on_the_same_history_by_hand() {
        // given the summary built directly from the purchases the platform reported
        RepeatPurchaseSummary summary = expected.build();
        // when
        ScoringReport report = value.score(ScoreCustomers.of(tenant).asOf(shanghai("2025-05-09T23:00")));
        // then
        ParetoNbdModel fitted = (ParetoNbdModel) report.purchaseModel().orElseThrow().model();
        ParetoNbdModel byHand = org.crmkit.value.btyd.ParetoNbdFitter.create().fit(summary).model();
        assertThat(fitted.r()).isCloseTo(byHand.r(), within(1e-6));
        assertThat(fitted.beta()).isCloseTo(byHand.beta(), within(1e-6));
        for (int i = 0; i < summary.size(); i++) {
            CustomerValue v = value.value(tenant, CustomerId.of(summary.customerKey(i))).orElseThrow();
            double pAlive = byHand.probabilityAlive(summary.frequency(i), summary.recency(i), summary.age(i));
            assertThat(v.prediction().orElseThrow().pAlive()).isCloseTo(pAlive, within(1e-6));
            assertThat(v.rfm().frequency()).isEqualTo(summary.frequency(i) + 1L);
        }
    }

    @Test
    void the_pyramid_puts_about_five_percent_in_gold_and_half_in_lead() {
        // when
        ScoringReport report = value.score(ScoreCustomers.of(tenant));
        // then
        assertThat(report.levels().get(ValueLevel.GOLD)).isBetween(12L, 14L);
        assertThat(report.levels().get(ValueLevel.LEAD)).isBetween(115L, 121L);
    }

    @Test
    void scoring_again_gives_the_same_values() {
        // given
        value.score(ScoreCustomers.of(tenant).asOf(shanghai("2025-05-09T23:00")));
        List<CustomerValue> first = value.values(tenant, PageRequest.first(1000)).items();
        // when
        value.score(ScoreCustomers.of(tenant).asOf(shanghai("2025-05-09T23:00")));
        // then
        List<CustomerValue> second = value.values(tenant, PageRequest.first(1000)).items();
        assertThat(second).hasSize(CUSTOMERS);
        for (int i = 0; i < first.size(); i++) {
            assertThat(second.get(i).rfm()).usingRecursiveComparison().withComparatorForType(java.math.BigDecimal::compareTo,
                    java.math.BigDecimal.class).isEqualTo(first.get(i).rfm());
            assertThat(second.get(i).level()).isEqualTo(first.get(i).level());
        }
    }

    @Test
    void the_win_back_list_ranks_likely_leavers_by_what_they_spent_and_stages_are_suggested() {
        // given
        value.score(ScoreCustomers.of(tenant));
        // when
        List<WinBackCandidate> list = value.winBackList(tenant, 0.5, 10);
        List<StageSuggestion> suggestions = new ArrayList<>();
        value.suggestStages(tenant, org.crmkit.value.ChurnBands.DEFAULT, suggestions::add);
        // then
        assertThat(list).isNotEmpty().hasSizeLessThanOrEqualTo(10);
        assertThat(list).allSatisfy(c -> assertThat(c.pAlive()).isLessThan(0.5));
        for (int i = 1; i < list.size(); i++) {
            assertThat(list.get(i - 1).spent()).isGreaterThanOrEqualTo(list.get(i).spent());
        }
        assertThat(suggestions).isNotEmpty().allSatisfy(s -> assertThat(s.suggested()).isIn(LifecycleStage.AT_RISK, LifecycleStage.CHURNED));
        assertThat(suggestions).filteredOn(s -> s.suggested() == LifecycleStage.CHURNED).allSatisfy(s -> assertThat(s.pAlive()).isLessThan(0.2));
    }

    @Test
    void segments_select_by_rfm_segment_value_level_and_churn_risk_after_scoring() {
        // given
        value.score(ScoreCustomers.of(tenant));
        Segment leaving = Segment.of("leaving gold", Criteria.valueLevel(ValueLevel.GOLD, ValueLevel.SILVER).and(Criteria.pAliveBelow(0.5)));
        // when
        long count = crm.segments().count(tenant, leaving);
        // then
        long expectedCount = value.values(tenant, PageRequest.first(1000)).items().stream()
                .filter(v -> v.level() == ValueLevel.GOLD || v.level() == ValueLevel.SILVER)
                .filter(v -> v.prediction().orElseThrow().pAlive() < 0.5).count();
        assertThat(count).isEqualTo(expectedCount);
    }

    @Test
    void an_observation_end_in_the_future_is_refused() {
        Throwable thrown = catchThrowable(() -> value.score(ScoreCustomers.of(tenant).asOf(clock.instant().plusSeconds(3600))));
        assertThat(thrown).isInstanceOf(ValidationException.class).hasMessageContaining("asOf");
    }

    @Test
    void a_missing_purchase_model_is_refused() {
        Throwable thrown = catchThrowable(() -> value.score(ScoreCustomers.of(tenant).purchaseModel(null)));
        assertThat(thrown).isInstanceOf(ValidationException.class).hasMessageContaining("purchaseModel");
    }
}
