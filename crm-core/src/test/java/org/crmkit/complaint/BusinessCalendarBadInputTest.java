package org.crmkit.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crmkit.complaint.Calendars.SHANGHAI;
import static org.crmkit.complaint.Calendars.nineToSix;
import static org.crmkit.complaint.Calendars.range;
import static org.crmkit.complaint.Calendars.shanghai;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class BusinessCalendarBadInputTest {

    @Test
    void a_calendar_without_any_working_hours_is_refused() {
        // when / then
        assertThatThrownBy(() -> BusinessCalendar.builder(SHANGHAI).holiday(LocalDate.of(2025, 10, 1)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("needs working hours on at least one weekday or special day")
                .hasMessageContaining("roundTheClock");
    }

    @Test
    void overlapping_ranges_on_one_weekday_are_refused_and_named() {
        // when / then
        assertThatThrownBy(() -> BusinessCalendar.builder(SHANGHAI)
                .hours(DayOfWeek.MONDAY, range("11:00-13:00")).hours(DayOfWeek.MONDAY, range("09:00-12:00")).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("working hours on MONDAY overlap: 09:00-12:00 and 11:00-13:00");
    }

    @Test
    void the_same_range_added_twice_overlaps_itself() {
        // when / then
        assertThatThrownBy(() -> nineToSix(SHANGHAI).hours(DayOfWeek.FRIDAY, range("09:00-18:00")).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("working hours on FRIDAY overlap: 09:00-18:00 and 09:00-18:00");
    }

    @Test
    void a_range_to_the_end_of_the_day_overlaps_a_later_one() {
        // when / then
        assertThatThrownBy(() -> BusinessCalendar.builder(SHANGHAI)
                .hours(DayOfWeek.SUNDAY, range("20:00-24:00")).hours(DayOfWeek.SUNDAY, range("22:00-23:00")).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("working hours on SUNDAY overlap: 20:00-24:00 and 22:00-23:00");
    }

    @Test
    void ranges_that_only_touch_do_not_overlap() {
        // when / then
        assertThatNoException().isThrownBy(() -> BusinessCalendar.builder(SHANGHAI)
                .hours(DayOfWeek.MONDAY, range("09:00-12:00")).hours(DayOfWeek.MONDAY, range("12:00-24:00")).build());
    }

    @Test
    void overlapping_ranges_on_a_special_day_are_refused_and_named() {
        // when / then
        assertThatThrownBy(() -> nineToSix(SHANGHAI)
                .specialDay(LocalDate.of(2025, 9, 28), List.of(range("09:00-18:00"), range("17:00-19:00"))).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("working hours on 2025-09-28 overlap: 09:00-18:00 and 17:00-19:00");
    }

    @Test
    void a_date_cannot_be_both_a_holiday_and_a_special_day() {
        // given
        LocalDate date = LocalDate.of(2025, 10, 11);

        // when / then
        assertThatThrownBy(() -> nineToSix(SHANGHAI).holiday(date).specialDay(date, List.of(range("09:00-18:00"))).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("2025-10-11 is both a holiday and a special day; keep only one");
    }

    @Test
    void a_special_day_without_hours_is_refused_in_favour_of_a_holiday() {
        // when / then
        assertThatThrownBy(() -> nineToSix(SHANGHAI).specialDay(LocalDate.of(2025, 10, 11), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("special day 2025-10-11 needs working hours; mark it a holiday if nobody works");
    }

    @Test
    void a_time_range_must_end_after_it_starts() {
        // when / then
        assertThatThrownBy(() -> TimeRange.of(LocalTime.of(18, 0), LocalTime.of(9, 0)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a time range must end after it starts (use 00:00 as end for the end of the day) but was 18:00-09:00");
        assertThatThrownBy(() -> TimeRange.of(LocalTime.of(9, 0), LocalTime.of(9, 0))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TimeRange.of(null, LocalTime.of(9, 0))).isInstanceOf(NullPointerException.class);
    }

    @Test
    void a_time_range_ending_at_midnight_runs_to_the_end_of_the_day() {
        // when / then
        assertThat(TimeRange.of(LocalTime.of(18, 0), LocalTime.MIDNIGHT)).hasToString("18:00-24:00");
        assertThat(TimeRange.wholeDay()).isEqualTo(range("00:00-24:00")).hasToString("00:00-24:00");
    }

    @Test
    void negative_working_time_cannot_be_added() {
        // when / then
        assertThatThrownBy(() -> nineToSix(SHANGHAI).build().addBusinessTime(Instant.EPOCH, Duration.ofMinutes(-1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("amount of working time must not be negative but was PT-1M");
    }

    @Test
    void missing_arguments_are_named() {
        // given
        BusinessCalendar calendar = nineToSix(SHANGHAI).build();

        // when / then
        assertThatThrownBy(() -> calendar.addBusinessTime(null, Duration.ZERO)).hasMessage("start");
        assertThatThrownBy(() -> calendar.businessTimeBetween(Instant.EPOCH, null)).hasMessage("to");
        assertThatThrownBy(() -> BusinessCalendar.builder(null)).hasMessage("zone");
        assertThatThrownBy(() -> BusinessCalendar.builder(SHANGHAI).hours(DayOfWeek.MONDAY, null)).hasMessage("range");
    }

    @Test
    void working_time_beyond_the_last_special_day_of_a_calendar_without_weekly_hours_cannot_be_found() {
        // given
        BusinessCalendar oneDay = BusinessCalendar.builder(SHANGHAI)
                .specialDay(LocalDate.of(2025, 6, 7), List.of(range("09:00-18:00"))).build();

        // when / then
        assertThat(oneDay.addBusinessTime(shanghai("2025-06-01T00:00"), Duration.ofHours(9))).isEqualTo(shanghai("2025-06-07T18:00"));
        assertThatThrownBy(() -> oneDay.addBusinessTime(shanghai("2025-06-01T00:00"), Duration.ofMinutes(541)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the calendar has no working time from 2025-06-08 on: PT1M of the PT9H1M asked after 2025-05-31T16:00:00Z is missing");
    }

    @Test
    void the_search_gives_up_after_ten_years_without_working_time() {
        // given: only Mondays are worked, and every Monday of the next eleven years is a holiday
        BusinessCalendar.Builder builder = BusinessCalendar.builder(SHANGHAI).hours(DayOfWeek.MONDAY, range("09:00-18:00"));
        for (LocalDate monday = LocalDate.of(2025, 6, 9); monday.isBefore(LocalDate.of(2036, 6, 9)); monday = monday.plusWeeks(1)) {
            builder.holiday(monday);
        }
        BusinessCalendar holidaysForever = builder.build();

        // when / then
        assertThatThrownBy(() -> holidaysForever.addBusinessTime(shanghai("2025-06-06T17:50"), Duration.ofHours(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("the calendar has no working time in the 10 years after 2025-06-06: PT1H of the PT1H asked after 2025-06-06T09:50:00Z is missing");
    }

    @Test
    void a_result_beyond_the_supported_dates_is_refused() {
        // when / then
        assertThatThrownBy(() -> nineToSix(SHANGHAI).build().addBusinessTime(Instant.EPOCH, Duration.ofSeconds(Long.MAX_VALUE)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("goes beyond the supported range of dates");
        assertThatThrownBy(() -> BusinessCalendar.roundTheClock(SHANGHAI).addBusinessTime(Instant.MAX, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
