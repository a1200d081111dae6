package org.crmkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import org.crmkit.tier.AssessmentReport;
import org.crmkit.tier.AssessmentSchedule;
import org.crmkit.tier.ChangeReason;
import org.crmkit.tier.TierChange;
import org.crmkit.tier.TierDowngraded;
import org.crmkit.tier.TierOutlook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The edges: a metric exactly at a threshold, the Shanghai midnight that starts an assessment day,
 * members who joined on 29 February, quarterly and yearly assessment days.
 */
public abstract class TierBoundariesContract extends TierFixture {

    @ParameterizedTest(name = "CNY {0} reaches {1}")
    @CsvSource({
        "999.99,   registered",
        "1000.00,  bronze",
        "2999.99,  bronze",
        "3000.00,  silver",
        "9999.99,  silver",
        "10000.00, gold",
        "29999.00, gold",
        "30000.00, diamond"
    })
    void a_metric_exactly_at_a_threshold_qualifies_and_one_unit_below_does_not(String paid, String expected) {
        // when
        String tier = buy(li, paid).tier().code();

        // then
        assertThat(tier).isEqualTo(expected);
    }

    @Test
    void a_member_exactly_at_the_threshold_keeps_the_tier_at_assessment() {
        // given
        buy(li, "o-1", "12000.00");
        refund(li, "o-1", "2000.00", false);

        // when
        AssessmentReport report = assessOn("2026-06-01");

        // then
        assertThat(report.downgraded()).isZero();
        assertThat(tierOf(li)).isEqualTo("gold");
    }

    @Test
    void an_assessment_counts_what_happened_before_shanghai_midnight_and_nothing_after() {
        // given: both gold; Li refunds at 23:30 on the eve, Han at 00:30 on the day (16:30 the eve in UTC)
        buy(li, "o-1", "12000.00");
        buy(han, "o-2", "12000.00");
        at("2026-06-30T23:30");
        refund(li, "o-1", "2500.00", false);
        at("2026-07-01T00:30");
        refund(han, "o-2", "2500.00", false);
        drainTierEvents();

        // when
        AssessmentReport report = assess("2026-07-01");

        // then
        assertThat(report.downgraded()).isEqualTo(1);
        assertThat(tierOf(li)).isEqualTo("silver");
        assertThat(tierOf(han)).isEqualTo("gold");
        assertThat(drainTierEvents()).singleElement().isInstanceOfSatisfying(TierDowngraded.class, e -> {
            assertThat(e.customerId()).isEqualTo(li);
            assertThat(e.occurredAt()).isEqualTo(shanghai("2026-07-01T00:00"));
        });
        assertThat(statusOf(han).outlook().assessmentDay()).isEqualTo(LocalDate.parse("2026-08-01"));
        assertThat(statusOf(han).outlook().droppingTo()).isEqualTo("silver");
    }

    @Test
    void on_an_assessment_day_the_outlook_names_that_day_from_shanghai_midnight_until_its_assessment_has_run() {
        // given: gold since 2025-05-10, down to 8,000 a year later
        buy(li, "o-1", "12000.00");
        refund(li, "o-1", "4000.00", false);
        TierOutlook dropsOnFirstOfJuly = new TierOutlook(LocalDate.parse("2026-07-01"), "silver", 10000, 8000);

        // when: a second before Shanghai midnight (16:00 UTC), at midnight, in the morning before the batch, after it
        at("2026-06-30T23:59:59");
        TierOutlook eve = statusOf(li).outlook();
        at("2026-07-01T00:00");
        TierOutlook midnight = statusOf(li).outlook();
        at("2026-07-01T09:00");
        TierOutlook morning = statusOf(li).outlook();
        assess("2026-07-01");
        TierOutlook afterBatch = statusOf(li).outlook();

        // then
        assertThat(eve).isEqualTo(dropsOnFirstOfJuly);
        assertThat(midnight).isEqualTo(dropsOnFirstOfJuly);
        assertThat(morning).isEqualTo(dropsOnFirstOfJuly);
        assertThat(tierOf(li)).isEqualTo("silver");
        assertThat(afterBatch).isEqualTo(new TierOutlook(LocalDate.parse("2026-08-01"), null, 3000, 8000));
    }

    @Test
    void a_day_that_is_not_an_assessment_day_changes_nobody() {
        // given
        buy(li, "o-1", "12000.00");
        refund(li, "o-1", "5000.00", false);

        // when
        AssessmentReport report = assessOn("2026-06-30");

        // then
        assertThat(report.downgraded()).isZero();
        assertThat(tierOf(li)).isEqualTo("gold");
    }

    @Test
    void a_member_who_joined_on_29_february_is_assessed_on_28_february_in_other_years() {
        // given
        tiers.defineLadder(jdLadder(tenant, policy(AssessmentSchedule.ANNIVERSARY, Period.ofMonths(6), true)));
        at("2024-02-29T12:00");
        buy(li, "o-1", "12000.00");
        refund(li, "o-1", "11500.00", false);

        // when
        AssessmentReport firstOfFebruary = assessOn("2025-02-01");
        LocalDate outlookDay = statusOf(li).outlook().assessmentDay();
        AssessmentReport anniversary = assessOn("2025-02-28");
        AssessmentReport firstOfMarch = assessOn("2025-03-01");

        // then
        assertThat(firstOfFebruary.downgraded()).isZero();
        assertThat(outlookDay).isEqualTo(LocalDate.parse("2025-02-28"));
        assertThat(anniversary.downgraded()).isEqualTo(1);
        assertThat(firstOfMarch.downgraded()).isZero();
        assertThat(tierOf(li)).isEqualTo("silver");
        assertThat(historyOf(li)).last().extracting(TierChange::reason, TierChange::at)
                .containsExactly(ChangeReason.ASSESSMENT, shanghai("2025-02-28T00:00"));
    }

    @Test
    void the_anniversary_of_29_february_is_29_february_in_leap_years() {
        // given
        LocalDate joined = LocalDate.parse("2024-02-29");

        // then
        assertThat(AssessmentSchedule.ANNIVERSARY.isAssessmentDay(LocalDate.parse("2025-02-28"), joined)).isTrue();
        assertThat(AssessmentSchedule.ANNIVERSARY.isAssessmentDay(LocalDate.parse("2028-02-29"), joined)).isTrue();
        assertThat(AssessmentSchedule.ANNIVERSARY.isAssessmentDay(LocalDate.parse("2028-02-28"), joined)).isFalse();
        assertThat(AssessmentSchedule.ANNIVERSARY.isAssessmentDay(joined, joined)).isFalse();
        assertThat(AssessmentSchedule.ANNIVERSARY.nextAfter(LocalDate.parse("2027-03-01"), joined)).isEqualTo("2028-02-29");
    }

    @ParameterizedTest(name = "{0}: nothing on {1}, a drop on {2}, next outlook {3}")
    @CsvSource({
        "MONTHLY,   2026-06-30, 2026-07-01, 2026-08-01",
        "QUARTERLY, 2026-06-01, 2026-07-01, 2026-10-01",
        "YEARLY,    2026-07-01, 2027-01-01, 2028-01-01"
    })
    void calendar_schedules_assess_on_their_own_days_only(AssessmentSchedule schedule, String notADay, String aDay, String next) {
        // given
        tiers.defineLadder(jdLadder(tenant, policy(schedule, Period.ofMonths(12), true)));
        buy(li, "o-1", "12000.00");
        refund(li, "o-1", "11500.00", false);

        // when
        AssessmentReport nothing = assessOn(notADay);
        AssessmentReport drop = assessOn(aDay);

        // then
        assertThat(nothing.downgraded()).isZero();
        assertThat(drop.downgraded()).isEqualTo(1);
        assertThat(tierOf(li)).isEqualTo("silver");
        assertThat(statusOf(li).outlook().assessmentDay()).isEqualTo(next);
    }

    @Test
    void without_the_one_tier_rule_an_assessment_drops_straight_to_the_earned_tier() {
        // given
        tiers.defineLadder(jdLadder(tenant, policy(AssessmentSchedule.MONTHLY, Period.ofMonths(12), false)));
        buy(li, "o-1", "35000.00");
        refund(li, "o-1", "34500.00", false);

        // when
        assessOn("2026-06-01");

        // then
        assertThat(tierOf(li)).isEqualTo("registered");
    }

    @Test
    void retention_runs_from_the_last_upgrade_to_the_same_moment_a_year_later() {
        // given: silver on 2025-05-10 10:00, gold on 2025-07-15 10:00, then back to 500
        buy(li, "o-1", "3500.00");
        at("2025-07-15T10:00");
        buy(li, "o-2", "7000.00");
        refund(li, "o-2", "7000.00", true);
        refund(li, "o-1", "3000.00", false);

        // when
        AssessmentReport july = assessOn("2026-07-01");
        AssessmentReport august = assessOn("2026-08-01");

        // then
        assertThat(july.retained()).isEqualTo(1);
        assertThat(august.downgraded()).isEqualTo(1);
        assertThat(tierOf(li)).isEqualTo("silver");
    }
}
