package org.crmkit.complaint;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crmkit.complaint.Calendars.SHANGHAI;
import static org.crmkit.complaint.Calendars.nineToSix;
import static org.crmkit.complaint.Calendars.shanghai;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.crmkit.complaint.SlaClock.Pause;
import org.junit.jupiter.api.Test;

class SlaClockBadInputTest {

    private static final Instant START = shanghai("2025-06-09T09:00");

    private final BusinessCalendar calendar = nineToSix(SHANGHAI).build();
    private final SlaClock clock = SlaClock.start(calendar, START, Duration.ofHours(4));

    @Test
    void a_target_must_be_positive() {
        // when / then
        assertThatThrownBy(() -> SlaClock.start(calendar, START, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("an SLA target must be positive but was PT0S");
        assertThatThrownBy(() -> SlaClock.start(calendar, START, Duration.ofHours(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("an SLA target must be positive but was PT-1H");
    }

    @Test
    void a_clock_cannot_be_paused_before_it_started() {
        // when / then
        assertThatThrownBy(() -> clock.pause(shanghai("2025-06-09T08:59")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cannot pause the SLA clock at 2025-06-09T00:59:00Z, before it started at 2025-06-09T01:00:00Z");
    }

    @Test
    void a_clock_cannot_be_paused_before_it_last_resumed() {
        // given
        SlaClock resumed = clock.pause(shanghai("2025-06-09T10:00")).resume(shanghai("2025-06-09T11:00"));

        // when / then
        assertThatThrownBy(() -> resumed.pause(shanghai("2025-06-09T10:30")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cannot pause the SLA clock at 2025-06-09T02:30:00Z, before it last resumed at 2025-06-09T03:00:00Z");
    }

    @Test
    void a_paused_clock_cannot_be_paused_again() {
        // when / then
        assertThatThrownBy(() -> clock.pause(shanghai("2025-06-09T10:00")).pause(shanghai("2025-06-09T11:00")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("the SLA clock is already paused since 2025-06-09T02:00:00Z");
    }

    @Test
    void a_running_clock_cannot_be_resumed() {
        // when / then
        assertThatThrownBy(() -> clock.resume(shanghai("2025-06-09T10:00")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("the SLA clock is not paused, so it cannot resume at 2025-06-09T02:00:00Z");
    }

    @Test
    void a_clock_cannot_resume_before_it_was_paused() {
        // when / then
        assertThatThrownBy(() -> clock.pause(shanghai("2025-06-09T10:00")).resume(shanghai("2025-06-09T09:30")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cannot resume the SLA clock at 2025-06-09T01:30:00Z, before it was paused at 2025-06-09T02:00:00Z");
    }

    @Test
    void stored_pauses_must_follow_the_start_and_each_other_and_only_the_last_may_be_open() {
        // when / then
        assertThatThrownBy(() -> SlaClock.restore(calendar, START, Duration.ofHours(4), List.of(Pause.open(START.minusSeconds(1)))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("pause 0 at 2025-06-09T00:59:59Z is before the clock's start at 2025-06-09T01:00:00Z");
        assertThatThrownBy(() -> SlaClock.restore(calendar, START, Duration.ofHours(4), List.of(
                Pause.closed(START.plusSeconds(60), START.plusSeconds(120)), Pause.open(START.plusSeconds(90)))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("pause 1 at 2025-06-09T01:01:30Z is before the end of the previous pause at 2025-06-09T01:02:00Z");
        assertThatThrownBy(() -> SlaClock.restore(calendar, START, Duration.ofHours(4), List.of(
                Pause.open(START.plusSeconds(60)), Pause.closed(START.plusSeconds(90), START.plusSeconds(120)))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("only the last pause may be open but pause 0 of 2 is");
    }

    @Test
    void a_pause_cannot_end_before_it_starts() {
        // when / then
        assertThatThrownBy(() -> Pause.closed(START, START.minusSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a pause cannot end at 2025-06-09T00:59:59Z, before it started at 2025-06-09T01:00:00Z");
    }

    @Test
    void missing_arguments_are_named() {
        // when / then
        assertThatThrownBy(() -> SlaClock.start(null, START, Duration.ofHours(4))).isInstanceOf(NullPointerException.class).hasMessage("calendar");
        assertThatThrownBy(() -> SlaClock.start(calendar, START, null)).isInstanceOf(NullPointerException.class).hasMessage("target");
        assertThatThrownBy(() -> clock.pause(null)).isInstanceOf(NullPointerException.class).hasMessage("at");
        assertThatThrownBy(() -> clock.elapsed(null)).isInstanceOf(NullPointerException.class).hasMessage("now");
        assertThatThrownBy(() -> new Pause(START, null)).isInstanceOf(NullPointerException.class);
    }
}
