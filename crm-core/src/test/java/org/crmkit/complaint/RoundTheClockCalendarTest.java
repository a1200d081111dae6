package org.crmkit.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crmkit.complaint.Calendars.NEW_YORK;
import static org.crmkit.complaint.Calendars.SHANGHAI;
import static org.crmkit.complaint.Calendars.at;
import static org.crmkit.complaint.Calendars.shanghai;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RoundTheClockCalendarTest {

    private final BusinessCalendar always = BusinessCalendar.roundTheClock(SHANGHAI);

    @Test
    void every_instant_is_working_time() {
        // given
        Instant friday = shanghai("2025-06-06T17:50");

        // when / then
        assertThat(always.addBusinessTime(friday, Duration.ofHours(24))).isEqualTo(shanghai("2025-06-07T17:50"));
        assertThat(always.businessTimeBetween(friday, shanghai("2025-06-09T17:50"))).isEqualTo(Duration.ofHours(72));
        assertThat(always.isRoundTheClock()).isTrue();
        assertThat(always.weeklyHours()).isEmpty();
        assertThat(always.holidays()).isEmpty();
        assertThat(always.specialDays()).isEmpty();
    }

    @Test
    void a_clock_change_does_not_change_elapsed_time() {
        // given: New York springs forward on 2024-03-10
        BusinessCalendar newYork = BusinessCalendar.roundTheClock(NEW_YORK);

        // when / then: 24 real hours later the wall clock reads an hour more
        assertThat(newYork.addBusinessTime(at(NEW_YORK, "2024-03-09T12:00"), Duration.ofHours(24)))
                .isEqualTo(at(NEW_YORK, "2024-03-10T13:00"));
    }

    @Test
    void a_24x7_sla_clock_is_due_a_day_later_plus_its_pauses() {
        // given
        SlaClock clock = SlaClock.start(always, shanghai("2025-06-06T17:50"), Duration.ofHours(24))
                .pause(shanghai("2025-06-06T20:00"))
                .resume(shanghai("2025-06-06T22:00"));

        // when / then
        assertThat(clock.due()).contains(shanghai("2025-06-07T19:50"));
        assertThat(clock.elapsed(shanghai("2025-06-07T19:50"))).isEqualTo(Duration.ofHours(24));
    }

    @Test
    void round_the_clock_calendars_are_equal_when_their_zones_are() {
        // when / then
        assertThat(always).isEqualTo(BusinessCalendar.roundTheClock(SHANGHAI)).hasSameHashCodeAs(BusinessCalendar.roundTheClock(SHANGHAI));
        assertThat(always).isNotEqualTo(BusinessCalendar.roundTheClock(NEW_YORK));
    }
}
