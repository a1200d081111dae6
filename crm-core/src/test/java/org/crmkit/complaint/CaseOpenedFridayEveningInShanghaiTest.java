package org.crmkit.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crmkit.complaint.Calendars.SHANGHAI;
import static org.crmkit.complaint.Calendars.nineToSix;
import static org.crmkit.complaint.Calendars.range;
import static org.crmkit.complaint.Calendars.shanghai;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The scenario: a case opened on Friday 2025-06-06 at 17:50 in Shanghai, Monday to Friday
 * 09:00-18:00 (nine working hours a day), must be acknowledged within 24 working hours.
 *
 * <p>By hand: Friday 17:50-18:00 counts 10 minutes, leaving 23 h 50 min; the weekend counts
 * nothing; Monday 9 h leaves 14 h 50 min; Tuesday 9 h leaves 5 h 50 min; Wednesday 09:00 + 5 h 50 min
 * is 14:50. So the case is due on Wednesday 2025-06-11 at 14:50.
 */
class CaseOpenedFridayEveningInShanghaiTest {

    private static final Instant OPENED = shanghai("2025-06-06T17:50");
    private static final Duration TWENTY_FOUR_HOURS = Duration.ofHours(24);

    private final BusinessCalendar calendar = nineToSix(SHANGHAI).build();

    @Test
    void twenty_four_working_hours_from_friday_17_50_end_on_wednesday_at_14_50() {
        // when
        Instant due = calendar.addBusinessTime(OPENED, TWENTY_FOUR_HOURS);

        // then
        assertThat(due).isEqualTo(shanghai("2025-06-11T14:50"));
        assertThat(calendar.businessTimeBetween(OPENED, due)).isEqualTo(TWENTY_FOUR_HOURS);
    }

    @Test
    void the_sla_clock_counts_ten_minutes_on_friday_and_nothing_over_the_weekend() {
        // given
        SlaClock clock = SlaClock.start(calendar, OPENED, TWENTY_FOUR_HOURS);

        // when / then
        assertThat(clock.due()).contains(shanghai("2025-06-11T14:50"));
        assertThat(clock.elapsed(shanghai("2025-06-08T23:00"))).isEqualTo(Duration.ofMinutes(10));
        assertThat(clock.remaining(shanghai("2025-06-09T10:00"))).isEqualTo(Duration.parse("PT22H50M"));
    }

    @Test
    void a_public_holiday_on_monday_moves_the_due_time_one_working_day_later() {
        // given: Monday off, so Tuesday and Wednesday take 18 h and Thursday the last 5 h 50 min
        BusinessCalendar withHoliday = nineToSix(SHANGHAI).holiday(LocalDate.of(2025, 6, 9)).build();

        // when
        Instant due = withHoliday.addBusinessTime(OPENED, TWENTY_FOUR_HOURS);

        // then
        assertThat(due).isEqualTo(shanghai("2025-06-12T14:50"));
    }

    @Test
    void public_holidays_on_monday_and_tuesday_move_the_due_time_two_working_days_later() {
        // given: Wednesday and Thursday take 18 h, Friday 09:00 + 5 h 50 min
        BusinessCalendar withHolidays = nineToSix(SHANGHAI)
                .holiday(LocalDate.of(2025, 6, 9)).holiday(LocalDate.of(2025, 6, 10)).build();

        // when
        Instant due = withHolidays.addBusinessTime(OPENED, TWENTY_FOUR_HOURS);

        // then
        assertThat(due).isEqualTo(shanghai("2025-06-13T14:50"));
    }

    @Test
    void a_make_up_working_saturday_counts_as_working_time() {
        // given: Saturday worked 09:00-18:00 (调休), so Saturday and Monday take 18 h, Tuesday 5 h 50 min
        BusinessCalendar withMakeUpDay = nineToSix(SHANGHAI)
                .specialDay(LocalDate.of(2025, 6, 7), List.of(range("09:00-18:00"))).build();

        // when
        Instant due = withMakeUpDay.addBusinessTime(OPENED, TWENTY_FOUR_HOURS);

        // then
        assertThat(due).isEqualTo(shanghai("2025-06-10T14:50"));
    }

    @Test
    void national_day_week_is_skipped_and_its_make_up_sunday_and_saturday_are_worked() {
        // given: 2025's National Day holidays run from Wed 1 to Wed 8 October; Sun 28 September
        // and Sat 11 October are worked instead. Opened Tue 30 September 17:50: 10 minutes that
        // day, nothing 1-8 October, Thu 9 and Fri 10 take 18 h, Sat 11 09:00 + 5 h 50 min = 14:50.
        BusinessCalendar china2025 = Calendars.nationalDay2025();

        // when
        Instant dueAfterHolidays = china2025.addBusinessTime(shanghai("2025-09-30T17:50"), TWENTY_FOUR_HOURS);
        Instant dueAcrossMakeUpSunday = china2025.addBusinessTime(shanghai("2025-09-26T17:50"), TWENTY_FOUR_HOURS);

        // then (the second: Fri 26 10 min, Sun 28 and Mon 29 18 h, Tue 30 09:00 + 5 h 50 min)
        assertThat(dueAfterHolidays).isEqualTo(shanghai("2025-10-11T14:50"));
        assertThat(dueAcrossMakeUpSunday).isEqualTo(shanghai("2025-09-30T14:50"));
    }

    @Test
    void a_pause_while_waiting_on_the_customer_moves_the_due_time_by_the_paused_working_time() {
        // given: waiting on the customer Monday 10:00-12:00, two working hours
        SlaClock clock = SlaClock.start(calendar, OPENED, TWENTY_FOUR_HOURS)
                .pause(shanghai("2025-06-09T10:00"))
                .resume(shanghai("2025-06-09T12:00"));

        // when / then: Wednesday 14:50 + 2 h
        assertThat(clock.due()).contains(shanghai("2025-06-11T16:50"));
        assertThat(clock.elapsed(shanghai("2025-06-09T12:00"))).isEqualTo(Duration.ofMinutes(70));
    }

    @Test
    void a_pause_overnight_moves_the_due_time_only_by_the_working_hours_it_covers() {
        // given: Monday 17:00 to Tuesday 10:00 covers 17:00-18:00 and 09:00-10:00
        SlaClock clock = SlaClock.start(calendar, OPENED, TWENTY_FOUR_HOURS)
                .pause(shanghai("2025-06-09T17:00"))
                .resume(shanghai("2025-06-10T10:00"));

        // when / then
        assertThat(clock.due()).contains(shanghai("2025-06-11T16:50"));
    }

    @Test
    void a_pause_outside_working_hours_moves_nothing() {
        // given: paused from Friday 18:30 to Monday 08:30
        SlaClock clock = SlaClock.start(calendar, OPENED, TWENTY_FOUR_HOURS)
                .pause(shanghai("2025-06-06T18:30"))
                .resume(shanghai("2025-06-09T08:30"));

        // when / then
        assertThat(clock.due()).contains(shanghai("2025-06-11T14:50"));
    }

    @Test
    void while_waiting_on_the_customer_the_clock_has_no_due_time_and_elapsed_stands_still() {
        // given
        SlaClock waiting = SlaClock.start(calendar, OPENED, TWENTY_FOUR_HOURS).pause(shanghai("2025-06-09T10:00"));

        // when / then
        assertThat(waiting.paused()).isTrue();
        assertThat(waiting.due()).isEmpty();
        assertThat(waiting.elapsed(shanghai("2025-06-20T12:00"))).isEqualTo(Duration.ofMinutes(70));
    }

    @Test
    void the_class_documentation_example_gives_the_due_time_it_states() {
        // given (the example in BusinessCalendar's Javadoc, verbatim)
        BusinessCalendar shanghai = BusinessCalendar.builder(ZoneId.of("Asia/Shanghai"))
                .weekdays(TimeRange.of(LocalTime.of(9, 0), LocalTime.of(18, 0)))
                .holiday(LocalDate.of(2025, 10, 1))
                .specialDay(LocalDate.of(2025, 9, 28), List.of(TimeRange.of(LocalTime.of(9, 0), LocalTime.of(18, 0))))
                .build();
        Instant due = shanghai.addBusinessTime(Instant.parse("2025-06-06T09:50:00Z"), Duration.ofHours(24));

        // then
        assertThat(due).isEqualTo(Instant.parse("2025-06-11T06:50:00Z")).isEqualTo(shanghai("2025-06-11T14:50"));
    }
}
