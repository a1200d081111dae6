package org.crmkit.complaint;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;

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

    /** The instant a wall clock in {@code zone} shows {@code local} (first occurrence in an overlap). */
    static Instant at(ZoneId zone, String local) {
        return LocalDateTime.parse(local).atZone(zone).toInstant();
    }

    static Instant shanghai(String local) {
        return at(SHANGHAI, local);
    }
}
