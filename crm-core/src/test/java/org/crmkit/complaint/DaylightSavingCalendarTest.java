package org.crmkit.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crmkit.complaint.Calendars.BERLIN;
import static org.crmkit.complaint.Calendars.NEW_YORK;
import static org.crmkit.complaint.Calendars.at;
import static org.crmkit.complaint.Calendars.nineToSix;
import static org.crmkit.complaint.Calendars.range;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Working hours are wall-clock hours. New York springs forward on Sun 2024-03-10 at 02:00 and
 * falls back on Sun 2024-11-03 at 02:00; Berlin on Sun 2024-03-31 at 02:00 and Sun 2024-10-27
 * at 03:00.
 */
class DaylightSavingCalendarTest {

    @ParameterizedTest(name = "{0}: opened {1}, due {2} local = {3}")
    @CsvSource({
            // Fri 10 min, Mon 9 h, Tue 9 h, Wed 09:00 + 5 h 50 min; the weekend's change moves the UTC offset
            "America/New_York, 2024-03-08T17:50, 2024-03-13T14:50, 2024-03-13T18:50:00Z",
            "America/New_York, 2024-11-01T17:50, 2024-11-06T14:50, 2024-11-06T19:50:00Z",
            "Europe/Berlin,    2024-03-29T17:50, 2024-04-03T14:50, 2024-04-03T12:50:00Z",
            "Europe/Berlin,    2024-10-25T17:50, 2024-10-30T14:50, 2024-10-30T13:50:00Z"})
    void a_case_opened_on_friday_before_a_clock_change_is_due_at_the_same_wall_clock_minute(
            String zone, String opened, String dueLocal, String dueUtc) {
        // given
        ZoneId id = ZoneId.of(zone);
        BusinessCalendar calendar = nineToSix(id).build();

        // when
        Instant due = calendar.addBusinessTime(at(id, opened), Duration.ofHours(24));

        // then
        assertThat(due).isEqualTo(at(id, dueLocal)).isEqualTo(Instant.parse(dueUtc));
    }

    @Test
    void a_whole_sunday_holds_23_hours_when_the_clocks_spring_forward_and_25_when_they_fall_back() {
        // given
        BusinessCalendar sundays = BusinessCalendar.builder(NEW_YORK).hours(DayOfWeek.SUNDAY, TimeRange.wholeDay()).build();

        // when
        Duration spring = sundays.businessTimeBetween(at(NEW_YORK, "2024-03-09T12:00"), at(NEW_YORK, "2024-03-11T12:00"));
        Duration autumn = sundays.businessTimeBetween(at(NEW_YORK, "2024-11-02T12:00"), at(NEW_YORK, "2024-11-04T12:00"));

        // then
        assertThat(spring).isEqualTo(Duration.ofHours(23));
        assertThat(autumn).isEqualTo(Duration.ofHours(25));
        assertThat(sundays.addBusinessTime(at(NEW_YORK, "2024-03-10T00:00"), Duration.ofHours(23)))
                .isEqualTo(Instant.parse("2024-03-11T04:00:00Z"));
    }

    @Test
    void a_night_shift_spanning_the_change_is_an_hour_shorter_in_march_and_longer_in_october() {
        // given: Sundays 01:00-05:00 in Berlin
        BusinessCalendar nights = BusinessCalendar.builder(BERLIN).hours(DayOfWeek.SUNDAY, range("01:00-05:00")).build();

        // when
        Duration march = nights.businessTimeBetween(at(BERLIN, "2024-03-30T12:00"), at(BERLIN, "2024-04-01T00:00"));
        Duration october = nights.businessTimeBetween(at(BERLIN, "2024-10-26T12:00"), at(BERLIN, "2024-10-28T00:00"));

        // then: 01:00 CET (00:00Z) to 05:00 CEST (03:00Z); 01:00 CEST (23:00Z) to 05:00 CET (04:00Z)
        assertThat(march).isEqualTo(Duration.ofHours(3));
        assertThat(october).isEqualTo(Duration.ofHours(5));
        assertThat(nights.addBusinessTime(at(BERLIN, "2024-10-26T12:00"), Duration.ofHours(5)))
                .isEqualTo(Instant.parse("2024-10-27T04:00:00Z"));
    }

    @Test
    void a_range_starting_in_the_spring_forward_gap_starts_at_the_first_valid_instant_after_it() {
        // given: Sundays 02:30-04:00; 02:30 does not exist on 2024-03-10, 03:00 EDT (07:00Z) comes first
        BusinessCalendar early = BusinessCalendar.builder(NEW_YORK).hours(DayOfWeek.SUNDAY, range("02:30-04:00")).build();

        // when
        Instant afterOneMinute = early.addBusinessTime(at(NEW_YORK, "2024-03-09T12:00"), Duration.ofMinutes(1));

        // then
        assertThat(afterOneMinute).isEqualTo(Instant.parse("2024-03-10T07:01:00Z"));
        assertThat(early.businessTimeBetween(at(NEW_YORK, "2024-03-09T12:00"), at(NEW_YORK, "2024-03-11T00:00")))
                .isEqualTo(Duration.ofHours(1));
    }

    @Test
    void a_range_inside_the_spring_forward_gap_holds_no_working_time_that_day() {
        // given: Sundays 02:00-02:45, swallowed by the gap on 2024-03-10
        BusinessCalendar gap = BusinessCalendar.builder(NEW_YORK).hours(DayOfWeek.SUNDAY, range("02:00-02:45")).build();

        // when
        Instant next = gap.addBusinessTime(at(NEW_YORK, "2024-03-09T12:00"), Duration.ofMinutes(1));

        // then: the next Sunday, 02:01 EDT
        assertThat(gap.businessTimeBetween(at(NEW_YORK, "2024-03-09T12:00"), at(NEW_YORK, "2024-03-11T00:00"))).isZero();
        assertThat(next).isEqualTo(at(NEW_YORK, "2024-03-17T02:01"));
    }

    @Test
    void an_ambiguous_fall_back_time_means_its_first_occurrence() {
        // given: Sundays 01:00-01:30 and 01:30-03:00; on 2024-11-03 01:00-02:00 happens twice
        BusinessCalendar overlap = BusinessCalendar.builder(NEW_YORK)
                .hours(DayOfWeek.SUNDAY, range("01:00-01:30")).hours(DayOfWeek.SUNDAY, range("01:30-03:00")).build();
        Instant firstOneOClock = Instant.parse("2024-11-03T05:00:00Z");
        Instant secondOneOClock = Instant.parse("2024-11-03T06:00:00Z");

        // when / then: 01:00-01:30 EDT is 30 minutes; 01:30 EDT to 03:00 EST is 2 h 30 min
        assertThat(overlap.businessTimeBetween(firstOneOClock, firstOneOClock.plus(Duration.ofMinutes(30))))
                .isEqualTo(Duration.ofMinutes(30));
        assertThat(overlap.businessTimeBetween(firstOneOClock, Instant.parse("2024-11-03T08:00:00Z")))
                .isEqualTo(Duration.ofHours(3));
        assertThat(overlap.addBusinessTime(firstOneOClock, Duration.ofMinutes(30))).isEqualTo(Instant.parse("2024-11-03T05:30:00Z"));
        assertThat(overlap.addBusinessTime(secondOneOClock, Duration.ofHours(2))).isEqualTo(Instant.parse("2024-11-03T08:00:00Z"));
    }

    @Test
    void a_sla_clock_paused_across_the_change_excludes_exactly_the_working_time_it_covered() {
        // given: New York, opened Fri 2024-03-08 17:50 EST, waiting on the customer Fri 17:55 to Mon 10:00 EDT
        BusinessCalendar calendar = nineToSix(NEW_YORK).build();
        SlaClock clock = SlaClock.start(calendar, at(NEW_YORK, "2024-03-08T17:50"), Duration.ofHours(24))
                .pause(at(NEW_YORK, "2024-03-08T17:55"))
                .resume(at(NEW_YORK, "2024-03-11T10:00"));

        // when / then: 5 + 60 paused working minutes, so Wednesday 14:50 + 1 h 05 min
        assertThat(clock.due()).contains(at(NEW_YORK, "2024-03-13T15:55"));
    }
}
