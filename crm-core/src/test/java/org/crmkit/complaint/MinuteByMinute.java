package org.crmkit.complaint;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

/**
 * A slow reference for minute-aligned instants and ranges, written from the rule rather than the
 * implementation: walk the time line a minute at a time, remember the latest wall-clock time seen
 * so far (a local time stands for the first instant the wall clock reads it or later), and count
 * a minute as working when that wall-clock time lies in a working range of its date.
 */
final class MinuteByMinute {

    private static final Duration MINUTE = Duration.ofMinutes(1);
    /** Long enough to have seen the wall clock before any fall-back overlap. */
    private static final Duration LOOK_BACK = Duration.ofHours(3);

    private MinuteByMinute() {}

    /** Working minutes in {@code [from, to)}. */
    static long workingMinutes(BusinessCalendar calendar, Instant from, Instant to) {
        Walk walk = new Walk(calendar, from);
        long minutes = 0;
        for (Instant minute = from; minute.isBefore(to); minute = minute.plus(MINUTE)) {
            if (walk.isWorking(minute)) {
                minutes++;
            }
        }
        return minutes;
    }

    /** The end of the {@code minutes}-th working minute from {@code start}, {@code minutes} positive. */
    static Instant addMinutes(BusinessCalendar calendar, Instant start, long minutes) {
        Walk walk = new Walk(calendar, start);
        long counted = 0;
        for (Instant minute = start; ; minute = minute.plus(MINUTE)) {
            if (walk.isWorking(minute) && ++counted == minutes) {
                return minute.plus(MINUTE);
            }
        }
    }

    /** Walks forward only; remembers the latest wall-clock time seen. */
    private static final class Walk {

        private final BusinessCalendar calendar;
        private LocalDateTime latest = LocalDateTime.MIN;
        private Instant seenUpTo;

        Walk(BusinessCalendar calendar, Instant from) {
            this.calendar = calendar;
            this.seenUpTo = from.minus(LOOK_BACK);
        }

        boolean isWorking(Instant minute) {
            for (; !seenUpTo.isAfter(minute); seenUpTo = seenUpTo.plus(MINUTE)) {
                LocalDateTime wall = seenUpTo.atZone(calendar.zone()).toLocalDateTime();
                latest = wall.isAfter(latest) ? wall : latest;
            }
            LocalTime time = latest.toLocalTime();
            return rangesOn(latest.toLocalDate()).stream().anyMatch(range -> !time.isBefore(range.start())
                    && (range.end().equals(LocalTime.MIDNIGHT) || time.isBefore(range.end())));
        }

        private List<TimeRange> rangesOn(LocalDate date) {
            if (calendar.holidays().contains(date)) {
                return List.of();
            }
            return calendar.specialDays().getOrDefault(date, calendar.weeklyHours().getOrDefault(date.getDayOfWeek(), List.of()));
        }
    }
}
