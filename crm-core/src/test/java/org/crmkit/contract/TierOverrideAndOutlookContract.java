package org.crmkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.LocalDate;
import org.crmkit.shared.ValidationException;
import org.crmkit.tier.ChangeReason;
import org.crmkit.tier.OverrideTier;
import org.crmkit.tier.TierChange;
import org.crmkit.tier.TierOutlook;
import org.crmkit.tier.TierOverridden;
import org.crmkit.tier.TierStatus;
import org.junit.jupiter.api.Test;

/**
 * Manual overrides (a tier by hand, with a reason, until a moment) and the outlook a member sees:
 * "will drop to silver on 1 July unless growth value reaches 10,000".
 */
public abstract class TierOverrideAndOutlookContract extends TierFixture {

    private OverrideTier overrideOf(String tierCode, String reason, Instant until) {
        return new OverrideTier(tenant, li, PROGRAMME, tierCode, reason, "agent-7", until);
    }

    @Test
    void an_override_sets_the_effective_tier_until_it_ends() {
        // given
        buy(li, "100.00");
        drainTierEvents();

        // when
        TierStatus status = tiers.override(overrideOf("gold", "compensation for a lost parcel", shanghai("2025-06-20T00:00")));

        // then
        assertThat(status.tier().code()).isEqualTo("gold");
        assertThat(status.earnedTierCode()).isEqualTo("registered");
        assertThat(status.override().until()).isEqualTo(shanghai("2025-06-20T00:00"));
        assertThat(tiers.currentTier(tenant, li, PROGRAMME)).hasValueSatisfying(t -> assertThat(t.code()).isEqualTo("gold"));
        assertThat(historyOf(li)).last().extracting(TierChange::from, TierChange::to, TierChange::reason, TierChange::note)
                .containsExactly("registered", "gold", ChangeReason.OVERRIDE, "compensation for a lost parcel");
        assertThat(drainTierEvents()).singleElement().isInstanceOfSatisfying(TierOverridden.class, e -> {
            assertThat(e.from()).isEqualTo("registered");
            assertThat(e.to()).isEqualTo("gold");
            assertThat(e.actor()).isEqualTo("agent-7");
        });
        assertThat(tiers.tierOn(tenant, li, PROGRAMME, LocalDate.parse("2025-05-10"))).contains("gold");

        // and when it has ended
        at("2025-06-20T00:00");
        assertThat(statusOf(li).tier().code()).isEqualTo("registered");
        assertThat(statusOf(li).override()).isNull();
    }

    @Test
    void an_expired_override_ends_in_the_history_at_the_next_assessment() {
        // given
        buy(li, "1500.00");
        tiers.override(overrideOf("gold", "key account", shanghai("2025-06-20T00:00")));

        // when
        assessOn("2025-06-01");
        int whileActive = historyOf(li).size();
        assessOn("2025-07-01");

        // then
        assertThat(whileActive).isEqualTo(3);
        assertThat(historyOf(li)).last().extracting(TierChange::from, TierChange::to, TierChange::reason)
                .containsExactly("gold", "bronze", ChangeReason.OVERRIDE_EXPIRED);
        assertThat(statusOf(li).tier().code()).isEqualTo("bronze");
        assertThat(tiers.tierOn(tenant, li, PROGRAMME, LocalDate.parse("2025-07-01"))).contains("bronze");
        assertChained(historyOf(li));
    }

    @Test
    void once_an_override_has_run_out_the_history_and_tier_on_date_agree_with_the_status() {
        // given: bronze, gold by hand until 20 June
        buy(li, "1500.00");
        tiers.override(overrideOf("gold", "key account", shanghai("2025-06-20T00:00")));

        // when: a purchase after the override ran out, before the next assessment
        at("2025-06-25T10:00");
        TierStatus status = buy(li, "2000.00");
        assessOn("2025-07-01");

        // then
        assertThat(status.tier().code()).isEqualTo("silver");
        assertChained(historyOf(li));
        assertThat(historyOf(li)).extracting(TierChange::to).endsWith("gold", "bronze", "silver");
        assertThat(tiers.tierOn(tenant, li, PROGRAMME, LocalDate.parse("2025-06-19"))).contains("gold");
        assertThat(tiers.tierOn(tenant, li, PROGRAMME, LocalDate.parse("2025-06-22"))).contains("bronze");
        assertThat(tiers.tierOn(tenant, li, PROGRAMME, LocalDate.parse("2025-06-25"))).contains("silver");
    }

    @Test
    void an_override_hides_upgrades_from_the_history_until_it_ends_but_keeps_the_earned_tier() {
        // given
        tiers.override(overrideOf("diamond", "celebrity", shanghai("2025-06-20T00:00")));

        // when
        TierStatus status = buy(li, "3500.00");

        // then
        assertThat(status.tier().code()).isEqualTo("diamond");
        assertThat(status.earnedTierCode()).isEqualTo("silver");
        assertThat(historyOf(li)).extracting(TierChange::to).containsExactly("registered", "diamond");
    }

    @Test
    void an_override_to_an_unknown_tier_is_refused() {
        // when
        ValidationException error = validationErrorOf(
                () -> tiers.override(overrideOf("platinum", "why not", shanghai("2025-06-20T00:00"))));

        // then
        assertThat(fieldsOf(error)).containsExactly("tierCode");
        assertThat(error.getMessage()).contains("diamond");
        assertThat(historyOf(li)).isEmpty();
    }

    @Test
    void an_override_without_a_reason_is_refused() {
        // when
        ValidationException error = validationErrorOf(() -> tiers.override(overrideOf("gold", "  ", shanghai("2025-06-20T00:00"))));

        // then
        assertThat(fieldsOf(error)).containsExactly("reason");
        assertThat(historyOf(li)).isEmpty();
    }

    @Test
    void an_override_ending_now_or_in_the_past_is_refused() {
        // when
        ValidationException now = validationErrorOf(() -> tiers.override(overrideOf("gold", "late", clock.instant())));
        ValidationException past = validationErrorOf(() -> tiers.override(overrideOf("gold", "late", shanghai("2025-01-01T00:00"))));

        // then
        assertThat(fieldsOf(now)).containsExactly("until");
        assertThat(fieldsOf(past)).containsExactly("until");
        assertThat(statusOf(li).override()).isNull();
    }

    @Test
    void a_member_about_to_drop_sees_when_and_what_would_keep_the_tier() {
        // given: gold since 2025-05-10, down to 8,000 a year later
        buy(li, "o-1", "12000.00");
        at("2026-06-15T10:00");

        // when
        TierOutlook outlook = refund(li, "o-1", "4000.00", false).outlook();

        // then
        assertThat(outlook).isEqualTo(new TierOutlook(LocalDate.parse("2026-07-01"), "silver", 10000, 8000));
    }

    @Test
    void a_member_inside_retention_or_above_threshold_is_not_dropping() {
        // given
        buy(li, "o-1", "12000.00");
        buy(han, "o-2", "12000.00");

        // when
        TierOutlook retained = refund(li, "o-1", "4000.00", false).outlook();
        TierOutlook qualifying = statusOf(han).outlook();

        // then
        assertThat(retained).isEqualTo(new TierOutlook(LocalDate.parse("2025-06-01"), null, 10000, 8000));
        assertThat(qualifying.droppingTo()).isNull();
        assertThat(qualifying.metricThen()).isEqualTo(12000);
    }

    @Test
    void the_outlook_of_a_rolling_metric_counts_what_leaves_the_window_by_the_assessment() {
        // given: silver from spend on 2025-05-20, assessed on 2026-06-01
        tiers.defineLadder(jdLadder(tenant, org.crmkit.tier.QualifyingMetrics.rollingSpend(12)));
        at("2025-05-20T10:00");
        buy(li, "3500.00");
        at("2026-05-25T10:00");

        // when
        TierStatus status = buy(li, "100.00");

        // then
        assertThat(status.metric()).isEqualTo(100);
        assertThat(status.outlook()).extracting(TierOutlook::assessmentDay, TierOutlook::droppingTo, TierOutlook::metricToStay,
                TierOutlook::metricThen).containsExactly(LocalDate.parse("2026-06-01"), "bronze", 3000L, 100L);
        assertThat(historyOf(li)).extracting(TierChange::to).containsExactly("registered", "silver");
        assertThat(historyOf(li)).extracting(TierChange::reason, TierChange::metric)
                .contains(tuple(ChangeReason.THRESHOLD_CROSSED, 3500L));
    }
}
