package org.crmkit.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crmkit.complaint.Calendars.SHANGHAI;
import static org.crmkit.complaint.Calendars.range;
import static org.crmkit.complaint.Calendars.shanghai;

import java.time.DayOfWeek;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Monday to Friday 09:00-12:00 and 13:30-18:00 in Shanghai: seven and a half working hours a day. */
class LunchBreakCalendarTest {

    private final BusinessCalendar calendar = BusinessCalendar.builder(SHANGHAI)
            .weekdays(range("13:30-18:00")).weekdays(range("09:00-12:00")).build();

    @Test
    void twenty_four_working_hours_from_friday_17_50_end_on_thursday_at_10_20() {
        // given: Fri 10 min leaves 23 h 50; Mon, Tue, Wed 7 h 30 each leave 1 h 20; Thu 09:00 + 1 h 20
        // when / then
        assertThat(calendar.addBusinessTime(shanghai("2025-06-06T17:50"), Duration.ofHours(24)))
                .isEqualTo(shanghai("2025-06-12T10:20"));
    }

    @Test
    void time_ending_at_the_lunch_break_lands_at_noon_and_a_minute_more_after_lunch() {
        // when / then
        assertThat(calendar.addBusinessTime(shanghai("2025-06-09T11:00"), Duration.ofHours(1))).isEqualTo(shanghai("2025-06-09T12:00"));
        assertThat(calendar.addBusinessTime(shanghai("2025-06-09T11:00"), Duration.ofMinutes(61))).isEqualTo(shanghai("2025-06-09T13:31"));
        assertThat(calendar.addBusinessTime(shanghai("2025-06-09T12:30"), Duration.ofMinutes(1))).isEqualTo(shanghai("2025-06-09T13:31"));
    }

    @Test
    void the_lunch_break_does_not_count() {
        // when / then
        assertThat(calendar.businessTimeBetween(shanghai("2025-06-09T11:30"), shanghai("2025-06-09T14:00")))
                .isEqualTo(Duration.ofHours(1));
        assertThat(calendar.businessTimeBetween(shanghai("2025-06-09T00:00"), shanghai("2025-06-10T00:00")))
                .isEqualTo(Duration.ofMinutes(450));
    }

    @Test
    void ranges_are_kept_in_order_of_start_whatever_order_they_were_added_in() {
        // when / then
        assertThat(calendar.weeklyHours().get(DayOfWeek.MONDAY))
                .containsExactly(range("09:00-12:00"), range("13:30-18:00"));
    }
}
