package org.crmkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.crmkit.customer.ChangeTags;
import org.crmkit.customer.Demographics;
import org.crmkit.shared.CustomerId;
import org.crmkit.testing.RegistrationBuilder;
import org.crmkit.value.history.PurchaseItem;
import org.crmkit.value.history.RecordPurchase;
import org.crmkit.value.history.RecordRefund;
import org.crmkit.value.scoring.ChurnDimension;
import org.crmkit.value.scoring.ChurnReport;
import org.crmkit.value.scoring.ChurnTrend;
import org.crmkit.value.scoring.ScoreCustomers;
import org.crmkit.value.scoring.ScoringReport;
import org.junit.jupiter.api.Test;

/**
 * Churn over a period counts who bought in the look-back window and not in the period, overall and
 * by cohort, region, customer type and category; the yearly trend counts it month by month; tiny
 * tenants are scored without models and say why.
 */
public abstract class ValueChurnContract extends TierFixture {

    private int orders;

    private void boughtOn(CustomerId who, String day) {
        crm.commerce().recordPurchase(RecordPurchase.of(tenant, who, "o-" + (++orders), cny("10.00")).at(shanghai(day + "T23:30")));
    }

    @Test
    void churn_counts_lookback_buyers_who_did_not_come_back_by_new_and_returning() {
        // given a period of April 2025, look-back March 2025
        CustomerId stays = register("Stays");
        CustomerId leaves = register("Leaves");
        CustomerId newcomer = register("Arrives in April");
        CustomerId old = register("Bought long ago");
        CustomerId refunded = register("Only a refunded April order");
        boughtOn(stays, "2025-01-15");
        boughtOn(stays, "2025-03-31");
        boughtOn(stays, "2025-04-30");
        boughtOn(leaves, "2025-03-05");
        boughtOn(newcomer, "2025-04-02");
        boughtOn(old, "2025-02-27");
        boughtOn(refunded, "2025-03-10");
        boughtOn(refunded, "2025-04-10");
        crm.commerce().recordRefund(RecordRefund.of(tenant, refunded, "o-" + orders, "r-1", cny("10.00")));
        // when
        ChurnReport report = crm.value().churn(tenant, LocalDate.of(2025, 4, 1), LocalDate.of(2025, 5, 1), ChurnDimension.NEW_VS_RETURNING);
        // then
        assertThat(report.overall().active()).isEqualTo(3);
        assertThat(report.overall().churned()).isEqualTo(2);
        assertThat(report.rows()).extracting(ChurnReport.Row::key, ChurnReport.Row::active, ChurnReport.Row::churned)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("new", 2L, 2L), org.assertj.core.groups.Tuple.tuple("returning", 1L, 0L));
    }

    @Test
    void churn_by_cohort_names_the_quarter_of_the_first_purchase() {
        // given
        boughtOn(li, "2024-11-20");
        boughtOn(li, "2025-03-20");
        boughtOn(han, "2025-03-02");
        // when
        ChurnReport report = crm.value().churn(tenant, LocalDate.of(2025, 4, 1), LocalDate.of(2025, 5, 1), ChurnDimension.COHORT);
        // then
        assertThat(report.rows()).extracting(ChurnReport.Row::key).containsExactly("2024-Q4", "2025-Q1");
        assertThat(report.overall().rate()).isEqualTo(1.0);
    }

    private CustomerId registerIn(String name, String region, String typeTag) {
        RegistrationBuilder registration = RegistrationBuilder.aRegistration(tenant).displayName(name)
                .demographics(new Demographics(null, null, region, null, null));
        if (typeTag != null) {
            registration = registration.tags(Set.of(typeTag, "vip"));
        }
        return crm.customers().register(registration.build()).id();
    }

    private void boughtOn(CustomerId who, String day, String... categories) {
        List<PurchaseItem> items = new ArrayList<>();
        for (int i = 0; i < categories.length; i++) {
            items.add(PurchaseItem.of("sku-" + i, categories[i].isEmpty() ? null : categories[i], cny("10.00")));
        }
        crm.commerce().recordPurchase(RecordPurchase.of(tenant, who, "o-" + (++orders), cny("10.00").times(BigDecimal.valueOf(items.size()),
                java.math.RoundingMode.UNNECESSARY)).withItems(items).at(shanghai(day + "T12:00")));
    }

    @Test
    void churn_by_region_customer_type_category_and_recorded_reason_counts_each_group_of_the_lookback_buyers() {
        // given: April 2025 against March; the north buyer keeps buying nuts but not tea
        CustomerId north = registerIn("North", "华北", "type:business");
        CustomerId south = registerIn("South", "华南", "type:individual");
        CustomerId nobody = registerIn("No profile", null, null);
        boughtOn(north, "2025-03-03", "nuts", "tea");
        boughtOn(north, "2025-04-03", "nuts");
        boughtOn(south, "2025-03-04", "tea");
        boughtOn(nobody, "2025-03-05", "");

        // when
        LocalDate from = LocalDate.of(2025, 4, 1);
        LocalDate until = LocalDate.of(2025, 5, 1);
        ChurnReport byRegion = crm.value().churn(tenant, from, until, ChurnDimension.REGION);
        ChurnReport byType = crm.value().churn(tenant, from, until, ChurnDimension.CUSTOMER_TYPE);
        ChurnReport byCategory = crm.value().churn(tenant, from, until, ChurnDimension.CATEGORY);

        // then
        assertThat(byRegion.rows()).extracting(ChurnReport.Row::key, ChurnReport.Row::active, ChurnReport.Row::churned)
                .containsExactly(tuple("unknown", 1L, 1L), tuple("华北", 1L, 0L), tuple("华南", 1L, 1L));
        assertThat(byType.rows()).extracting(ChurnReport.Row::key, ChurnReport.Row::active, ChurnReport.Row::churned)
                .containsExactly(tuple("business", 1L, 0L), tuple("individual", 1L, 1L), tuple("unknown", 1L, 1L));
        assertThat(byCategory.rows()).extracting(ChurnReport.Row::key, ChurnReport.Row::active, ChurnReport.Row::churned)
                .containsExactly(tuple("nuts", 1L, 0L), tuple("tea", 2L, 2L), tuple("uncategorised", 1L, 1L));
        crm.customers().addTags(new ChangeTags(tenant, south, Set.of("churn-reason:delivery")));
        ChurnReport byReason = crm.value().churn(tenant, from, until, ChurnDimension.CHURN_REASON);
        assertThat(byReason.rows()).extracting(ChurnReport.Row::key, ChurnReport.Row::active, ChurnReport.Row::churned)
                .containsExactly(tuple("delivery", 1L, 1L), tuple("none recorded", 2L, 1L));
        assertThat(List.of(byRegion.overall(), byType.overall(), byCategory.overall()))
                .allSatisfy(all -> assertThat(List.of(all.active(), all.churned())).containsExactly(3L, 2L));
    }

    @Test
    void the_yearly_churn_trend_counts_last_years_buyers_who_bought_nothing_in_the_year_to_each_month() {
        // given
        CustomerId a = register("Buys every June until 2024");
        CustomerId b = register("Bought once in September 2023");
        CustomerId c = register("Came back in March 2025");
        boughtOn(a, "2023-06-10");
        boughtOn(a, "2024-06-10");
        boughtOn(b, "2023-09-10");
        boughtOn(c, "2024-02-10");
        boughtOn(c, "2025-03-10");

        // when
        ChurnTrend trend = crm.value().churnTrend(tenant, YearMonth.of(2024, 5), YearMonth.of(2025, 4), 12);

        // then
        assertThat(trend.points()).hasSize(12);
        assertThat(trend.points().get(0)).satisfies(p -> {
            assertThat(p.month()).isEqualTo(YearMonth.of(2024, 5));
            assertThat(p.from()).isEqualTo(LocalDate.of(2023, 6, 1));
            assertThat(p.until()).isEqualTo(LocalDate.of(2024, 6, 1));
            assertThat(p.active()).isZero();
        });
        assertThat(trend.points()).filteredOn(p -> p.month().equals(YearMonth.of(2024, 8)))
                .extracting(ChurnTrend.Point::active, ChurnTrend.Point::churned).containsExactly(tuple(1L, 0L));
        assertThat(trend.points()).filteredOn(p -> p.month().equals(YearMonth.of(2024, 9)))
                .extracting(ChurnTrend.Point::active, ChurnTrend.Point::churned).containsExactly(tuple(2L, 1L));
        ChurnTrend.Point last = trend.points().get(11);
        assertThat(List.of(last.active(), last.churned())).containsExactly(3L, 1L);
        assertThat(last.rate()).isEqualTo(1.0 / 3);
    }

    @Test
    void a_trend_backwards_too_long_or_with_an_impossible_window_is_refused() {
        assertThat(catchThrowable(() -> crm.value().churnTrend(tenant, YearMonth.of(2025, 4), YearMonth.of(2025, 3), 12)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("before");
        assertThat(catchThrowable(() -> crm.value().churnTrend(tenant, YearMonth.of(2000, 1), YearMonth.of(2025, 3), 12)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("240");
        assertThat(catchThrowable(() -> crm.value().churnTrend(tenant, YearMonth.of(2025, 1), YearMonth.of(2025, 3), 0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("windowMonths");
    }

    @Test
    void a_period_that_ends_before_it_starts_is_refused() {
        assertThat(catchThrowable(() -> crm.value().churn(tenant, LocalDate.of(2025, 4, 1), LocalDate.of(2025, 4, 1), ChurnDimension.NONE)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_tenant_too_small_for_the_models_is_scored_by_spend_and_the_report_says_why() {
        // given
        boughtOn(li, "2025-03-02");
        boughtOn(han, "2025-03-05");
        // when
        ScoringReport report = crm.value().score(ScoreCustomers.of(tenant));
        // then
        assertThat(report.customers()).isEqualTo(2);
        assertThat(report.purchaseModel()).isEmpty();
        assertThat(report.notes()).singleElement().asString().startsWith("Pareto/NBD not fitted");
        assertThat(crm.value().value(tenant, li).orElseThrow().prediction()).isEmpty();
    }
}
