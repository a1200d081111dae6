package org.crmkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.crmkit.tier.AssessmentReport;
import org.crmkit.tier.ChangeReason;
import org.crmkit.tier.TierChange;
import org.crmkit.tier.TierDowngraded;
import org.crmkit.tier.TierEvent;
import org.crmkit.tier.TierRetained;
import org.crmkit.tier.TierStatus;
import org.crmkit.tier.TierUpgraded;
import org.junit.jupiter.api.Test;

/**
 * JD's five tiers end to end: purchases raise growth value and upgrade at once, refunds lower it
 * without downgrading, monthly assessments drop a member one tier after the 12 months' retention,
 * and the history answers "tier on date" in Shanghai time.
 */
public abstract class TierJdLadderContract extends TierFixture {

    @Test
    void a_purchase_that_crosses_a_threshold_upgrades_the_member_at_once() {
        // when
        TierStatus status = buy(li, "3500.00");

        // then
        assertThat(status.tier().code()).isEqualTo("silver");
        assertThat(status.metric()).isEqualTo(3500);
        assertThat(historyOf(li)).extracting(TierChange::from, TierChange::to, TierChange::reason, TierChange::metric)
                .containsExactly(tuple(null, "registered", ChangeReason.JOINED, 0L),
                        tuple("registered", "silver", ChangeReason.THRESHOLD_CROSSED, 3500L));
        assertThat(drainTierEvents()).singleElement().isInstanceOfSatisfying(TierUpgraded.class, e -> {
            assertThat(e.customerId()).isEqualTo(li);
            assertThat(e.from()).isEqualTo("registered");
            assertThat(e.to()).isEqualTo("silver");
            assertThat(e.metric()).isEqualTo(3500);
            assertThat(e.reason()).isEqualTo(ChangeReason.THRESHOLD_CROSSED);
            assertThat(e.occurredAt()).isEqualTo(clock.instant());
        });
    }

    @Test
    void purchases_add_up_and_a_big_one_skips_tiers() {
        // when
        String afterFirst = buy(li, "500.00").tier().code();
        String afterSecond = buy(li, "600.00").tier().code();
        String afterThird = buy(li, "20000.00").tier().code();

        // then
        assertThat(List.of(afterFirst, afterSecond, afterThird)).containsExactly("registered", "bronze", "gold");
        assertThat(historyOf(li)).extracting(TierChange::to).containsExactly("registered", "bronze", "gold");
        assertThat(statusOf(li).metric()).isEqualTo(21100);
        assertChained(historyOf(li));
    }

    @Test
    void a_refund_lowers_growth_value_but_never_downgrades_at_once() {
        // given
        buy(li, "o-1", "12000.00");
        drainTierEvents();

        // when
        TierStatus status = refund(li, "o-1", "5000.00", false);

        // then
        assertThat(status.metric()).isEqualTo(7000);
        assertThat(status.tier().code()).isEqualTo("gold");
        assertThat(statusOf(li).earnedTierCode()).isEqualTo("gold");
        assertThat(reasonsOf(li)).containsExactly(ChangeReason.JOINED, ChangeReason.THRESHOLD_CROSSED);
        assertThat(drainTierEvents()).isEmpty();
    }

    @Test
    void inside_the_retention_period_an_assessment_keeps_a_member_below_threshold() {
        // given: gold since 2025-05-10 10:00, then back to 7,000
        buy(li, "o-1", "12000.00");
        refund(li, "o-1", "5000.00", false);
        drainTierEvents();

        // when
        AssessmentReport report = assessOn("2025-07-01");

        // then
        assertThat(report.retained()).isEqualTo(1);
        assertThat(report.downgraded()).isZero();
        assertThat(tierOf(li)).isEqualTo("gold");
        assertThat(historyOf(li)).hasSize(2);
        assertThat(drainTierEvents()).singleElement().isInstanceOfSatisfying(TierRetained.class, e -> {
            assertThat(e.tier()).isEqualTo("gold");
            assertThat(e.metric()).isEqualTo(7000);
            assertThat(e.retainedUntil()).isEqualTo(shanghai("2026-05-10T10:00"));
        });
    }

    @Test
    void after_retention_an_assessment_drops_a_member_below_threshold_exactly_one_tier() {
        // given: diamond since 2025-05-10, then back to 500 (a registered member's growth value)
        buy(li, "o-1", "35000.00");
        refund(li, "o-1", "34500.00", false);
        assessOn("2026-05-01"); // still retained (until 2026-05-10 10:00)
        drainTierEvents();

        // when
        AssessmentReport june = assessOn("2026-06-01");
        String afterJune = tierOf(li);
        AssessmentReport july = assessOn("2026-07-01");

        // then
        assertThat(june.downgraded()).isEqualTo(1);
        assertThat(afterJune).isEqualTo("gold");
        assertThat(july.downgraded()).isEqualTo(1);
        assertThat(tierOf(li)).isEqualTo("silver");
        List<TierChange> history = historyOf(li);
        assertThat(history.subList(2, history.size())).extracting(TierChange::from, TierChange::to, TierChange::reason, TierChange::at)
                .containsExactly(tuple("diamond", "gold", ChangeReason.ASSESSMENT, shanghai("2026-06-01T00:00")),
                        tuple("gold", "silver", ChangeReason.ASSESSMENT, shanghai("2026-07-01T00:00")));
        List<TierEvent> events = drainTierEvents();
        assertThat(events).hasSize(2).allSatisfy(e -> assertThat(e).isInstanceOf(TierDowngraded.class));
        assertThat(events).map(TierDowngraded.class::cast).extracting(TierDowngraded::from, TierDowngraded::to, TierDowngraded::metric)
                .containsExactly(tuple("diamond", "gold", 500L), tuple("gold", "silver", 500L));
    }

    @Test
    void a_member_who_still_qualifies_keeps_the_tier_at_every_assessment() {
        // given
        buy(li, "12000.00");

        // when
        AssessmentReport report = assessOn("2026-06-01");

        // then
        assertThat(report.downgraded() + report.retained() + report.upgraded()).isZero();
        assertThat(tierOf(li)).isEqualTo("gold");
        assertThat(historyOf(li)).hasSize(2);
    }

    @Test
    void the_history_answers_the_tier_on_a_date_by_the_shanghai_calendar() {
        // given: bronze at 23:30 on 20 May, silver half an hour after midnight (still 20 May in UTC)
        at("2025-05-20T23:30");
        buy(li, "1200.00");
        at("2025-05-21T00:30");
        buy(li, "o-2", "2000.00");
        refund(li, "o-2", "2000.00", true);
        assessOn("2026-06-01");

        // then
        assertThat(tiers.tierOn(tenant, li, PROGRAMME, LocalDate.parse("2025-05-19"))).isEmpty();
        assertThat(tiers.tierOn(tenant, li, PROGRAMME, LocalDate.parse("2025-05-20"))).contains("bronze");
        assertThat(tiers.tierOn(tenant, li, PROGRAMME, LocalDate.parse("2025-05-21"))).contains("silver");
        assertThat(tiers.tierOn(tenant, li, PROGRAMME, LocalDate.parse("2026-05-31"))).contains("silver");
        assertThat(tiers.tierOn(tenant, li, PROGRAMME, LocalDate.parse("2026-06-01"))).contains("bronze");
        assertThat(tiers.tierOn(tenant, li, PROGRAMME, LocalDate.parse("2030-01-01"))).contains("bronze");
    }

    @Test
    void recording_a_purchase_twice_with_the_same_key_counts_it_once() {
        // given
        tiers.recordPurchase(purchase(li, "o-1", "2000.00", null));

        // when
        TierStatus replay = tiers.recordPurchase(purchase(li, "o-1", "2000.00", null));

        // then
        assertThat(replay.metric()).isEqualTo(2000);
        assertThat(statusOf(li).metric()).isEqualTo(2000);
        assertThat(statusOf(li).tier().code()).isEqualTo("bronze");
        assertThat(historyOf(li)).hasSize(2);
    }

    @Test
    void members_are_independent() {
        // when
        buy(li, "12000.00");
        buy(han, "1500.00");

        // then
        assertThat(tierOf(li)).isEqualTo("gold");
        assertThat(tierOf(han)).isEqualTo("bronze");
        assertThat(statusOf(han).metric()).isEqualTo(1500);
    }

    @Test
    void a_customer_without_purchases_is_shown_at_the_lowest_tier_without_history() {
        // when
        TierStatus status = statusOf(li);

        // then
        assertThat(status.tier().code()).isEqualTo("registered");
        assertThat(status.metric()).isZero();
        assertThat(historyOf(li)).isEmpty();
        assertThat(tiers.currentTier(tenant, li, PROGRAMME)).isEmpty();
    }
}
