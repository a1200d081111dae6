package org.crmkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.crmkit.tier.ChangeReason;
import org.crmkit.tier.OverrideTier;
import org.crmkit.tier.TierChange;
import org.crmkit.tier.TierDowngraded;
import org.crmkit.tier.TierStatus;
import org.crmkit.tier.TierUpgraded;
import org.junit.jupiter.api.Test;

/**
 * Purchases and refunds reported after an assessment that should have counted them (dated before
 * its midnight): the member's last assessment is decided again from the tier it started from, so
 * that tier and "tier on date" end as if the fact had been known, with a line dated at the
 * assessment; and the cases where the assessment is not re-run.
 */
public abstract class TierLateFactsContract extends TierFixture {

    private static final String JUNE_FIRST = "2026-06-01";

    private TierStatus buyLate(String orderId, String paid, String paidAt) {
        return tiers.recordPurchase(purchase(li, orderId, paid, shanghai(paidAt)));
    }

    private TierStatus refundLate(String orderId, String refunded, String refundedAt) {
        return tiers.recordRefund(refundOf(li, orderId, refunded, false, shanghai(refundedAt)));
    }

    private String tierOn(String date) {
        return tiers.tierOn(tenant, li, PROGRAMME, LocalDate.parse(date)).orElseThrow();
    }

    @Test
    void a_purchase_reported_after_the_assessment_that_dropped_the_member_undoes_the_drop() {
        // given: gold since 2025-05-10, 9,000 a year later, dropped to silver on 1 June
        buy(li, "o-1", "12000.00");
        refund(li, "o-1", "3000.00", false);
        assessOn(JUNE_FIRST);
        at("2026-06-03T10:00");
        drainTierEvents();

        // when: a purchase paid on 31 May reaches the system on 3 June
        TierStatus status = buyLate("o-late", "1500.00", "2026-05-31T20:00");

        // then
        assertThat(status.tier().code()).isEqualTo("gold");
        assertThat(status.retainedUntil()).as("the upgrade of 2025 still counts: no new retention").isNull();
        assertThat(historyOf(li)).last().satisfies(line -> {
            assertThat(line).extracting(TierChange::from, TierChange::to, TierChange::reason, TierChange::at)
                    .containsExactly("silver", "gold", ChangeReason.REASSESSMENT, shanghai("2026-06-01T00:00"));
            assertThat(line.note()).contains("re-assessment of 2026-06-01", "buy:o-late");
        });
        assertThat(tierOn("2026-05-31")).isEqualTo("gold");
        assertThat(tierOn(JUNE_FIRST)).isEqualTo("gold");
        assertThat(drainTierEvents()).singleElement().isInstanceOfSatisfying(TierUpgraded.class, e -> {
            assertThat(e.reason()).isEqualTo(ChangeReason.REASSESSMENT);
            assertThat(e.occurredAt()).isEqualTo(shanghai("2026-06-01T00:00"));
        });
        assertChained(historyOf(li));
    }

    @Test
    void a_refund_reported_after_the_assessment_that_kept_the_member_drops_them_as_of_that_assessment() {
        // given: gold with 10,500 a year later, kept on 1 June
        buy(li, "o-1", "10500.00");
        assessOn(JUNE_FIRST);
        at("2026-06-03T10:00");
        drainTierEvents();

        // when: a refund of 31 May reaches the system on 3 June
        TierStatus status = refundLate("o-1", "1000.00", "2026-05-31T20:00");

        // then
        assertThat(status.tier().code()).isEqualTo("silver");
        assertThat(historyOf(li)).last().extracting(TierChange::from, TierChange::to, TierChange::reason, TierChange::at, TierChange::metric)
                .containsExactly("gold", "silver", ChangeReason.REASSESSMENT, shanghai("2026-06-01T00:00"), 9500L);
        assertThat(tierOn("2026-05-31")).isEqualTo("gold");
        assertThat(tierOn("2026-06-02")).isEqualTo("silver");
        assertThat(drainTierEvents()).singleElement().isInstanceOfSatisfying(TierDowngraded.class,
                e -> assertThat(e.occurredAt()).isEqualTo(shanghai("2026-06-01T00:00")));
    }

    @Test
    void a_purchase_reported_late_that_the_assessment_would_have_upgraded_for_upgrades_as_of_that_assessment() {
        // given: silver, kept on 1 June 2025
        buy(li, "o-1", "5000.00");
        assessOn("2025-06-01");
        at("2025-06-05T10:00");

        // when
        TierStatus status = buyLate("o-late", "6000.00", "2025-05-31T12:00");

        // then
        assertThat(status.tier().code()).isEqualTo("gold");
        assertThat(status.retainedUntil()).isEqualTo(shanghai("2026-06-01T00:00"));
        assertThat(historyOf(li)).last().extracting(TierChange::from, TierChange::to, TierChange::reason, TierChange::at)
                .containsExactly("silver", "gold", ChangeReason.THRESHOLD_CROSSED, shanghai("2025-06-01T00:00"));
    }

    @Test
    void the_assessment_is_decided_again_from_the_tier_it_started_from_so_late_facts_never_drop_twice() {
        // given: gold with 4,000 a year later, dropped one tier to silver on 1 June
        buy(li, "o-1", "12000.00");
        refund(li, "o-1", "8000.00", false);
        assessOn(JUNE_FIRST);
        at("2026-06-03T10:00");
        int lines = historyOf(li).size();

        // when
        TierStatus afterRefund = refundLate("o-1", "1000.00", "2026-05-31T20:00");
        TierStatus afterPurchase = buyLate("o-late", "7000.00", "2026-05-31T21:00");

        // then
        assertThat(afterRefund.tier().code()).isEqualTo("silver");
        assertThat(afterPurchase.tier().code()).isEqualTo("gold");
        assertThat(historyOf(li)).hasSize(lines + 1);
        assertThat(historyOf(li)).last().extracting(TierChange::from, TierChange::to, TierChange::reason)
                .containsExactly("silver", "gold", ChangeReason.REASSESSMENT);
        assertThat(tierOn(JUNE_FIRST)).isEqualTo("gold");
    }

    @Test
    void once_the_member_moved_up_after_the_assessment_a_late_fact_counts_from_now_on() {
        // given: dropped to silver on 1 June, back to gold by a purchase on 2 June
        buy(li, "o-1", "12000.00");
        refund(li, "o-1", "3000.00", false);
        assessOn(JUNE_FIRST);
        at("2026-06-02T10:00");
        buy(li, "o-2", "2000.00");
        at("2026-06-03T10:00");

        // when
        TierStatus status = refundLate("o-1", "1000.00", "2026-05-31T20:00");

        // then
        assertThat(status.tier().code()).isEqualTo("gold");
        assertThat(status.metric()).isEqualTo(10000);
        assertThat(reasonsOf(li)).doesNotContain(ChangeReason.REASSESSMENT);
    }

    @Test
    void a_fact_dated_after_the_assessments_midnight_waits_for_the_next_assessment() {
        // given
        buy(li, "o-1", "10500.00");
        assessOn(JUNE_FIRST);
        at("2026-06-03T10:00");

        // when: refunded at half past midnight on the assessment day
        TierStatus status = refundLate("o-1", "1000.00", "2026-06-01T00:30");

        // then
        assertThat(status.tier().code()).isEqualTo("gold");
        assertThat(status.outlook()).satisfies(o -> {
            assertThat(o.assessmentDay()).isEqualTo(LocalDate.parse("2026-07-01"));
            assertThat(o.droppingTo()).isEqualTo("silver");
        });
        assertThat(reasonsOf(li)).doesNotContain(ChangeReason.REASSESSMENT);
    }

    @Test
    void while_an_override_is_in_force_a_late_fact_counts_from_now_on() {
        // given
        buy(li, "o-1", "10500.00");
        assessOn(JUNE_FIRST);
        at("2026-06-02T10:00");
        tiers.override(new OverrideTier(tenant, li, PROGRAMME, "diamond", "press campaign", "agent-7", shanghai("2026-12-01T00:00")));
        at("2026-06-03T10:00");

        // when
        TierStatus status = refundLate("o-1", "1000.00", "2026-05-31T20:00");

        // then
        assertThat(status.tier().code()).isEqualTo("diamond");
        assertThat(status.earnedTierCode()).isEqualTo("gold");
        assertThat(reasonsOf(li)).doesNotContain(ChangeReason.REASSESSMENT);
    }
}
