package org.crmkit.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crmkit.complaint.Calendars.BERLIN;
import static org.crmkit.complaint.Calendars.SHANGHAI;
import static org.crmkit.complaint.Calendars.range;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A calendar is stored as JSON through its accessors and rebuilt with the builder. */
class CalendarRebuiltFromItsAccessorsTest {

    private final BusinessCalendar original = BusinessCalendar.builder(SHANGHAI)
            .hours(DayOfWeek.SATURDAY, range("10:00-16:00"))
            .weekdays(range("13:30-18:00"))
            .weekdays(range("09:00-12:00"))
            .holiday(LocalDate.of(2025, 10, 8))
            .holiday(LocalDate.of(2025, 10, 1))
            .specialDay(LocalDate.of(2025, 10, 11), List.of(range("13:00-17:00"), range("09:00-12:00")))
            .specialDay(LocalDate.of(2025, 9, 28), List.of(range("09:00-18:00")))
            .build();

    /** What a JSON mapper does: read every accessor, feed it back to the builder. */
    static BusinessCalendar rebuild(BusinessCalendar calendar) {
        if (calendar.isRoundTheClock()) {
            return BusinessCalendar.roundTheClock(calendar.zone());
        }
        BusinessCalendar.Builder builder = BusinessCalendar.builder(calendar.zone());
        calendar.weeklyHours().forEach((day, ranges) -> ranges.forEach(range -> builder.hours(day, range)));
        calendar.holidays().forEach(builder::holiday);
        calendar.specialDays().forEach(builder::specialDay);
        return builder.build();
    }

    @Test
    void a_calendar_rebuilt_from_its_accessors_equals_the_original() {
        // when
        BusinessCalendar rebuilt = rebuild(original);

        // then
        assertThat(rebuilt).isEqualTo(original).hasSameHashCodeAs(original).hasToString(original.toString());
        assertThat(rebuild(BusinessCalendar.roundTheClock(BERLIN))).isEqualTo(BusinessCalendar.roundTheClock(BERLIN));
    }

    @Test
    void accessors_list_days_in_weekday_order_dates_ascending_and_ranges_by_start() {
        // when / then
        assertThat(original.weeklyHours().keySet()).containsExactly(DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
                DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);
        assertThat(original.weeklyHours().get(DayOfWeek.MONDAY)).containsExactly(range("09:00-12:00"), range("13:30-18:00"));
        assertThat(original.holidays()).containsExactly(LocalDate.of(2025, 10, 1), LocalDate.of(2025, 10, 8));
        assertThat(original.specialDays().keySet()).containsExactly(LocalDate.of(2025, 9, 28), LocalDate.of(2025, 10, 11));
        assertThat(original.specialDays().get(LocalDate.of(2025, 10, 11))).containsExactly(range("09:00-12:00"), range("13:00-17:00"));
    }

    @Test
    void accessors_cannot_change_the_calendar() {
        // when / then
        assertThatThrownBy(() -> original.holidays().add(LocalDate.of(2025, 12, 25))).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> original.weeklyHours().remove(DayOfWeek.MONDAY)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> original.weeklyHours().get(DayOfWeek.MONDAY).clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> original.specialDays().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void a_builder_used_again_does_not_change_the_calendar_it_built() {
        // given
        BusinessCalendar.Builder builder = BusinessCalendar.builder(SHANGHAI).weekdays(range("09:00-18:00"));
        BusinessCalendar first = builder.build();

        // when
        builder.holiday(LocalDate.of(2025, 10, 1)).hours(DayOfWeek.SATURDAY, range("09:00-12:00"));

        // then
        assertThat(first.holidays()).isEmpty();
        assertThat(first.weeklyHours()).doesNotContainKey(DayOfWeek.SATURDAY);
        assertThat(builder.build()).isNotEqualTo(first);
    }

    @Test
    void calendars_differing_in_zone_hours_holidays_or_special_days_are_not_equal() {
        // given
        BusinessCalendar base = BusinessCalendar.builder(SHANGHAI).weekdays(range("09:00-18:00")).build();

        // when / then
        assertThat(base).isEqualTo(BusinessCalendar.builder(SHANGHAI).weekdays(range("09:00-18:00")).build());
        assertThat(base).isNotEqualTo(BusinessCalendar.builder(BERLIN).weekdays(range("09:00-18:00")).build());
        assertThat(base).isNotEqualTo(BusinessCalendar.builder(SHANGHAI).weekdays(range("09:00-17:00")).build());
        assertThat(base).isNotEqualTo(BusinessCalendar.builder(SHANGHAI).weekdays(range("09:00-18:00"))
                .holiday(LocalDate.of(2025, 10, 1)).build());
        assertThat(base).isNotEqualTo(BusinessCalendar.builder(SHANGHAI).weekdays(range("09:00-18:00"))
                .specialDay(LocalDate.of(2025, 10, 11), List.of(range("09:00-18:00"))).build());
        assertThat(base).isNotEqualTo(BusinessCalendar.roundTheClock(SHANGHAI));
    }
}
