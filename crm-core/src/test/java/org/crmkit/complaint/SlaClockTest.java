package org.crmkit.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crmkit.complaint.Calendars.SHANGHAI;
import static org.crmkit.complaint.Calendars.nineToSix;
import static org.crmkit.complaint.Calendars.shanghai;

import java.time.Duration;
import java.util.List;
import org.crmkit.complaint.SlaClock.Pause;
import org.junit.jupiter.api.Test;

/** An acknowledgement clock of 4 working hours started on Monday 2025-06-09 at 09:00, Shanghai, 09:00-18:00. */
class SlaClockTest {

    private final BusinessCalendar calendar = nineToSix(SHANGHAI).build();
    private final SlaClock clock = SlaClock.start(calendar, shanghai("2025-06-09T09:00"), Duration.ofHours(4));

    @Test
    void elapsed_remaining_and_fraction_follow_working_time() {
        // when / then
        assertThat(clock.elapsed(shanghai("2025-06-09T10:00"))).isEqualTo(Duration.ofHours(1));
        assertThat(clock.remaining(shanghai("2025-06-09T10:00"))).isEqualTo(Duration.ofHours(3));
        assertThat(clock.fractionElapsed(shanghai("2025-06-09T10:00"))).isEqualTo(0.25);
        assertThat(clock.fractionElapsed(shanghai("2025-06-09T13:00"))).isEqualTo(1.0);
        assertThat(clock.fractionElapsed(shanghai("2025-06-09T15:00"))).isEqualTo(1.5);
    }

    @Test
    void before_its_start_the_clock_shows_nothing_elapsed() {
        // when / then
        assertThat(clock.elapsed(shanghai("2025-06-08T09:00"))).isZero();
        assertThat(clock.remaining(shanghai("2025-06-08T09:00"))).isEqualTo(Duration.ofHours(4));
    }

    @Test
    void reaching_the_due_instant_exactly_is_not_a_breach_but_a_nanosecond_later_is() {
        // given
        var due = clock.due().orElseThrow();

        // when / then
        assertThat(due).isEqualTo(shanghai("2025-06-09T13:00"));
        assertThat(clock.breached(due)).isFalse();
        assertThat(clock.remaining(due)).isZero();
        assertThat(clock.breached(due.plusNanos(1))).isTrue();
        assertThat(clock.remaining(due.plusSeconds(60))).isEqualTo(Duration.ofMinutes(-1));
    }

    @Test
    void a_clock_due_when_work_stops_is_not_breached_until_work_starts_again() {
        // given: 9 working hours from Monday 09:00 are due at 18:00
        SlaClock fullDay = SlaClock.start(calendar, shanghai("2025-06-09T09:00"), Duration.ofHours(9));

        // when / then
        assertThat(fullDay.due()).contains(shanghai("2025-06-09T18:00"));
        assertThat(fullDay.breached(shanghai("2025-06-09T22:00"))).isFalse();
        assertThat(fullDay.remaining(shanghai("2025-06-10T09:00"))).isZero();
        assertThat(fullDay.breached(shanghai("2025-06-10T09:01"))).isTrue();
    }

    @Test
    void a_target_reached_before_a_pause_keeps_its_due_instant_in_the_past() {
        // given: paused at 15:00, two hours after the target was reached, and resumed the next day
        SlaClock late = clock.pause(shanghai("2025-06-09T15:00")).resume(shanghai("2025-06-10T09:00"));

        // when / then
        assertThat(late.due()).contains(shanghai("2025-06-09T13:00"));
        assertThat(late.elapsed(shanghai("2025-06-10T10:00"))).isEqualTo(Duration.ofHours(7));
        assertThat(late.breached(shanghai("2025-06-10T10:00"))).isTrue();
    }

    @Test
    void several_pauses_add_up() {
        // given: 1 h and 30 min of paused working time, and one pause over the night that covers none
        SlaClock paused = clock
                .pause(shanghai("2025-06-09T10:00")).resume(shanghai("2025-06-09T11:00"))
                .pause(shanghai("2025-06-09T11:30")).resume(shanghai("2025-06-09T12:00"))
                .pause(shanghai("2025-06-09T19:00")).resume(shanghai("2025-06-10T08:00"));

        // when / then: 13:00 + 1 h 30 min
        assertThat(paused.due()).contains(shanghai("2025-06-09T14:30"));
        assertThat(paused.elapsed(shanghai("2025-06-09T11:45"))).isEqualTo(Duration.ofMinutes(90));
        assertThat(paused.pauses()).hasSize(3).allMatch(pause -> pause.until().isPresent());
    }

    @Test
    void a_restored_clock_equals_the_clock_it_was_stored_from() {
        // given
        SlaClock live = clock.pause(shanghai("2025-06-09T10:00")).resume(shanghai("2025-06-09T11:00")).pause(shanghai("2025-06-09T12:00"));

        // when
        SlaClock restored = SlaClock.restore(live.calendar(), live.startedAt(), live.target(), live.pauses());

        // then
        assertThat(restored).isEqualTo(live).hasSameHashCodeAs(live);
        assertThat(restored.paused()).isTrue();
        assertThat(restored.pauses()).containsExactly(
                Pause.closed(shanghai("2025-06-09T10:00"), shanghai("2025-06-09T11:00")), Pause.open(shanghai("2025-06-09T12:00")));
        assertThat(restored.resume(shanghai("2025-06-09T14:00")).due()).contains(shanghai("2025-06-09T16:00"));
    }

    @Test
    void pausing_and_resuming_leave_the_original_clock_unchanged() {
        // when
        SlaClock paused = clock.pause(shanghai("2025-06-09T10:00"));

        // then
        assertThat(clock.paused()).isFalse();
        assertThat(clock.pauses()).isEmpty();
        assertThat(paused).isNotEqualTo(clock);
        assertThat(SlaClock.restore(calendar, clock.startedAt(), clock.target(), List.of())).isEqualTo(clock);
    }

    @Test
    void a_pause_and_resume_at_the_same_instant_change_nothing() {
        // when
        SlaClock blink = clock.pause(shanghai("2025-06-09T10:00")).resume(shanghai("2025-06-09T10:00"));

        // then
        assertThat(blink.due()).isEqualTo(clock.due());
    }
}
