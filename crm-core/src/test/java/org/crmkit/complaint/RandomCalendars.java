package org.crmkit.complaint;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators of calendars in zones with and without daylight saving (including
 * half-hour changes and changes at midnight), with quarter-hour ranges, holidays and special days
 * around a date a few days before a clock change, and a minute-aligned start near it.
 */
final class RandomCalendars {

    /** A calendar and an instant to start from. */
    record Scenario(BusinessCalendar calendar, Instant start) {}

    private record Place(ZoneId zone, LocalDate anchor) {}

    private static final List<Place> PLACES = List.of(
            new Place(ZoneId.of("America/New_York"), LocalDate.of(2024, 3, 7)),
            new Place(ZoneId.of("America/New_York"), LocalDate.of(2024, 10, 31)),
            new Place(ZoneId.of("Europe/Berlin"), LocalDate.of(2024, 3, 28)),
            new Place(ZoneId.of("Europe/Berlin"), LocalDate.of(2024, 10, 24)),
            new Place(ZoneId.of("America/Santiago"), LocalDate.of(2024, 4, 4)),
            new Place(ZoneId.of("America/Santiago"), LocalDate.of(2024, 9, 5)),
            new Place(ZoneId.of("Australia/Lord_Howe"), LocalDate.of(2024, 4, 4)),
            new Place(ZoneId.of("Australia/Lord_Howe"), LocalDate.of(2024, 10, 3)),
            new Place(ZoneId.of("Asia/Shanghai"), LocalDate.of(2025, 9, 25)),
            new Place(ZoneId.of("Asia/Kolkata"), LocalDate.of(2025, 1, 1)));

    private static final int QUARTERS_PER_DAY = 96;
    private static final int DATE_SPREAD = 40;

    private RandomCalendars() {}

    /** Calendars with weekly hours (so working time never runs out) and a start within 20 days of the anchor. */
    static Gen<Scenario> scenarios() {
        Gen<List<List<TimeRange>>> week = lists().of(dayHours()).ofSize(7);
        Gen<List<Integer>> holidays = lists().of(integers().between(0, DATE_SPREAD)).ofSizeBetween(0, 8);
        Gen<List<List<TimeRange>>> specials = lists().of(dayHours()).ofSizeBetween(0, 4);
        Gen<Integer> startMinute = integers().between(0, 20 * 24 * 60);
        return Generate.pick(PLACES).zip(week, holidays, specials, startMinute, RandomCalendars::scenario);
    }

    private static Scenario scenario(Place place, List<List<TimeRange>> week, List<Integer> holidayOffsets,
            List<List<TimeRange>> specials, int startMinute) {
        BusinessCalendar.Builder builder = BusinessCalendar.builder(place.zone());
        boolean anyHours = false;
        for (int day = 0; day < 7; day++) {
            for (TimeRange range : week.get(day)) {
                builder.hours(DayOfWeek.of(day + 1), range);
                anyHours = true;
            }
        }
        if (!anyHours) {
            builder.hours(DayOfWeek.WEDNESDAY, Calendars.range("10:00-16:00"));
        }
        Set<Integer> holidayDays = new TreeSet<>(holidayOffsets);
        holidayDays.forEach(offset -> builder.holiday(place.anchor().plusDays(offset)));
        Set<Integer> specialDays = new HashSet<>();
        for (int i = 0; i < specials.size(); i++) {
            // spread the special days over the range deterministically from their own content
            int offset = Math.floorMod(specials.get(i).hashCode() + 7 * i, DATE_SPREAD + 1);
            if (!specials.get(i).isEmpty() && !holidayDays.contains(offset) && specialDays.add(offset)) {
                builder.specialDay(place.anchor().plusDays(offset), specials.get(i));
            }
        }
        Instant start = place.anchor().atStartOfDay(place.zone()).toInstant().plusSeconds(60L * startMinute);
        return new Scenario(builder.build(), start);
    }

    /** A day's hours: an even number of distinct quarter-hour cut points, paired into ranges. */
    private static Gen<List<TimeRange>> dayHours() {
        return lists().of(integers().between(0, QUARTERS_PER_DAY)).ofSizeBetween(0, 6).map(cuts -> {
            List<Integer> sorted = new ArrayList<>(new TreeSet<>(cuts));
            List<TimeRange> ranges = new ArrayList<>();
            for (int i = 0; i + 1 < sorted.size(); i += 2) {
                ranges.add(TimeRange.of(quarter(sorted.get(i)), quarter(sorted.get(i + 1))));
            }
            return ranges;
        });
    }

    private static LocalTime quarter(int index) {
        return index == QUARTERS_PER_DAY ? LocalTime.MIDNIGHT : LocalTime.ofSecondOfDay(index * 15L * 60);
    }
}
