package org.crmkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.crmkit.complaint.BusinessCalendar;
import org.crmkit.complaint.Case;
import org.crmkit.complaint.CasePolicy;
import org.crmkit.complaint.CaseSlaStatus;
import org.crmkit.complaint.CaseStatus;
import org.crmkit.complaint.CaseType;
import org.crmkit.complaint.EscalationPolicy;
import org.crmkit.complaint.Priority;
import org.crmkit.complaint.RoutingRule;
import org.crmkit.complaint.RoutingTable;
import org.crmkit.complaint.SlaMetric;
import org.crmkit.complaint.SlaPolicy;
import org.crmkit.complaint.SlaReading;
import org.crmkit.complaint.SlaRule;
import org.crmkit.complaint.SlaState;
import org.crmkit.complaint.SlaTargets;
import org.crmkit.complaint.TimeRange;
import org.crmkit.shared.ProgrammeId;
import org.junit.jupiter.api.Test;

/**
 * SLA clocks of cases on the tenant's business calendar: due instants to the minute, holidays,
 * pauses while waiting on the customer, daylight saving, and the readings a case exposes.
 */
public abstract class CaseSlaContract extends CaseFixture {

    private static final TimeRange OFFICE = TimeRange.of(LocalTime.of(9, 0), LocalTime.of(18, 0));

    /** Monday to Friday 09:00-18:00 in Shanghai, with these holidays; 24 working hours for every target. */
    private void officeHours(LocalDate... holidays) {
        BusinessCalendar.Builder calendar = BusinessCalendar.builder(SHANGHAI).weekdays(OFFICE);
        for (LocalDate day : holidays) {
            calendar.holiday(day);
        }
        complaints.definePolicy(policy().withCalendar(calendar.build())
                .withSla(new SlaPolicy(SlaTargets.hours(24, 24, 24), List.of(), 0.8)));
    }

    private SlaReading reading(Case c, SlaMetric metric) {
        return complaints.sla(tenant, c.id()).of(metric);
    }

    @Test
    void a_case_opened_friday_at_17_50_with_24_working_hours_to_acknowledge_is_due_wednesday_at_14_50() {
        // given
        officeHours();
        at("2026-03-06T17:50"); // a Friday

        // when
        Case c = open();
        at("2026-03-07T12:00");
        SlaReading saturday = reading(c, SlaMetric.ACKNOWLEDGE);

        // then: 10 min on Friday, 9 h Monday, 9 h Tuesday, 5 h 50 on Wednesday
        assertThat(saturday.dueAt()).isEqualTo(shanghai("2026-03-11T14:50"));
        assertThat(saturday.elapsed()).isEqualTo(Duration.ofMinutes(10));
        assertThat(saturday.remaining()).isEqualTo(Duration.ofHours(23).plusMinutes(50));
        assertThat(saturday.breached()).isFalse();
        assertThat(c.sla().dueAt()).isEqualTo(shanghai("2026-03-11T14:50"));
    }

    @Test
    void a_public_holiday_moves_the_due_time_by_one_working_day() {
        // given: Monday 9 March is a holiday
        officeHours(LocalDate.of(2026, 3, 9));
        at("2026-03-06T17:50");

        // when
        Case c = open();

        // then
        assertThat(reading(c, SlaMetric.ACKNOWLEDGE).dueAt()).isEqualTo(shanghai("2026-03-12T14:50"));
    }

    @Test
    void waiting_on_the_customer_stops_the_resolve_clock_for_exactly_the_working_time_it_lasts() {
        // given
        officeHours();
        at("2026-03-06T17:50");
        Case c = inProgress(open());

        // when: waiting from Monday 10:00 to Tuesday 15:00, 8 + 6 working hours
        at("2026-03-09T10:00");
        Case waiting = move(c, CaseStatus.WAITING_ON_CUSTOMER);
        at("2026-03-10T12:00");
        SlaReading paused = reading(c, SlaMetric.RESOLVE);
        at("2026-03-10T15:00");
        Case resumed = move(waiting, CaseStatus.IN_PROGRESS);

        // then: due Wednesday 14:50 without the pause, 14 working hours later with it
        assertThat(paused.paused()).isTrue();
        assertThat(paused.dueAt()).isNull();
        assertThat(paused.elapsed()).isEqualTo(Duration.ofMinutes(70)); // Friday 10 min, Monday 09:00-10:00
        assertThat(waiting.sla().dueAt()).as("no running clock while waiting").isNull();
        assertThat(reading(resumed, SlaMetric.RESOLVE).dueAt()).isEqualTo(shanghai("2026-03-13T10:50"));
        assertThat(resumed.sla().dueAt()).isEqualTo(shanghai("2026-03-13T10:50"));
    }

    @Test
    void working_hours_stay_local_across_a_daylight_saving_change() {
        // given: New York office hours; clocks go forward on Sunday 8 March 2026
        ZoneId newYork = ZoneId.of("America/New_York");
        complaints.definePolicy(CasePolicy.defaults(tenant, newYork)
                .withCalendar(BusinessCalendar.builder(newYork).weekdays(TimeRange.of(LocalTime.of(9, 0), LocalTime.of(17, 0))).build())
                .withSla(new SlaPolicy(SlaTargets.hours(8, 16, 40), List.of(), 0.8)));
        clock.set(LocalDateTime.parse("2026-03-06T16:00").atZone(newYork).toInstant());

        // when
        Case c = open();

        // then: one hour on Friday (EST), seven on Monday (EDT): 16:00 local time on Monday
        assertThat(reading(c, SlaMetric.ACKNOWLEDGE).dueAt()).isEqualTo(LocalDateTime.parse("2026-03-09T16:00").atZone(newYork).toInstant());
        assertThat(c.number()).startsWith("C-2026-");
    }

    @Test
    void a_round_the_clock_case_exposes_targets_elapsed_remaining_and_breaches() {
        // given: the default policy, 24 x 7 in Shanghai: 24 h to acknowledge, 48 h to first response
        Case c = open();

        // when
        clock.advance(Duration.ofHours(25));
        CaseSlaStatus late = complaints.sla(tenant, c.id());
        Case acknowledged = move(c, CaseStatus.ACKNOWLEDGED);
        CaseSlaStatus after = complaints.sla(tenant, c.id());

        // then
        assertThat(late.of(SlaMetric.ACKNOWLEDGE).breached()).isTrue();
        assertThat(late.of(SlaMetric.ACKNOWLEDGE).remaining()).isEqualTo(Duration.ofHours(-1));
        assertThat(late.of(SlaMetric.FIRST_RESPONSE).breached()).isFalse();
        assertThat(late.of(SlaMetric.FIRST_RESPONSE).share()).isEqualTo(25.0 / 48);
        assertThat(late.state()).isEqualTo(SlaState.BREACHED);
        assertThat(after.of(SlaMetric.ACKNOWLEDGE).metAt()).isEqualTo(clock.instant());
        assertThat(after.of(SlaMetric.ACKNOWLEDGE).breached()).as("met late stays breached").isTrue();
        assertThat(acknowledged.sla().state()).isEqualTo(SlaState.BREACHED);
        assertThat(after.of(SlaMetric.RESOLVE).target()).isEqualTo(Duration.ofHours(168));
    }

    @Test
    void a_tenants_policy_reads_back_whole_with_its_calendar() {
        // given
        BusinessCalendar calendar = BusinessCalendar.builder(SHANGHAI)
                .weekdays(TimeRange.of(LocalTime.of(9, 0), LocalTime.of(12, 0)))
                .weekdays(TimeRange.of(LocalTime.of(13, 30), LocalTime.of(18, 0)))
                .holiday(LocalDate.of(2026, 10, 1))
                .specialDay(LocalDate.of(2026, 9, 27), List.of(OFFICE))
                .build();
        CasePolicy defined = policy().withCalendar(calendar)
                .withSla(SlaPolicy.DEFAULT.withRule(SlaRule.of(CaseType.RETURN, Priority.P1, SlaTargets.hours(2, 4, 24))))
                .withRouting(RoutingTable.DEFAULT.withRule(RoutingRule.type(CaseType.REPAIR, "repairs")))
                .withEscalation(new EscalationPolicy("supervisors", 2, Duration.ofDays(14)))
                .withPriorityByTier(Map.of("gold", Priority.P2))
                .withReopen(Duration.ofDays(15), 2)
                .withTierProgramme(ProgrammeId.of("jd-beans"));

        // when
        complaints.definePolicy(defined);

        // then
        assertThat(complaints.policy(tenant)).isEqualTo(defined);
    }
}
