package org.crmkit.complaint;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

/** Fixtures for calendar tests: zones, ranges written as text, local times as instants. */
final class Calendars {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private Calendars() {}

    /** {@code range("09:00-18:00")}; an end of {@code 24:00} is the end of the day. */
    static TimeRange range(String text) {
        String[] parts = text.split("-");
        LocalTime end = parts[1].equals("24:00") ? LocalTime.MIDNIGHT : LocalTime.parse(parts[1]);
        return TimeRange.of(LocalTime.parse(parts[0]), end);
    }

    /** Monday to Friday, 09:00 to 18:00 (nine working hours a day). */
    static BusinessCalendar.Builder nineToSix(ZoneId zone) {
        return BusinessCalendar.builder(zone).weekdays(range("09:00-18:00"));
    }

    /**
     * Shanghai 09:00-18:00 Monday to Friday around 2025's National Day: Wed 1 to Wed 8 October
     * off, Sun 28 September and Sat 11 October worked instead (调休).
     */
    static BusinessCalendar nationalDay2025() {
        BusinessCalendar.Builder builder = nineToSix(SHANGHAI)
                .specialDay(LocalDate.of(2025, 9, 28), List.of(range("09:00-18:00")))
                .specialDay(LocalDate.of(2025, 10, 11), List.of(range("09:00-18:00")));
        for (int day = 1; day <= 8; day++) {
            builder.holiday(LocalDate.of(2025, 10, day));
        }
        return builder.build();
    }

    /** The instant a wall clock in {@code zone} shows {@code local} (first occurrence in an overlap). */
    static Instant at(ZoneId zone, String local) {
        return LocalDateTime.parse(local).atZone(zone).toInstant();
    }

    static Instant shanghai(String local) {
        return at(SHANGHAI, local);
    }
}
