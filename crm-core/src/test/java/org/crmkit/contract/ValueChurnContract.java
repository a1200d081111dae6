package org.crmkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.LocalDate;
import org.crmkit.shared.CustomerId;
import org.crmkit.value.history.RecordPurchase;
import org.crmkit.value.history.RecordRefund;
import org.crmkit.value.scoring.ChurnDimension;
import org.crmkit.value.scoring.ChurnReport;
import org.crmkit.value.scoring.ScoreCustomers;
import org.crmkit.value.scoring.ScoringReport;
import org.junit.jupiter.api.Test;

/**
 * Churn over a period counts who bought in the look-back window and not in the period; tiny
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
