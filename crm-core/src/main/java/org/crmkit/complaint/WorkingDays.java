package org.crmkit.complaint;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;

/**
 * Lays a calendar's local working hours out on the time line, one date at a time, and finds
 * stretches of whole weeks that repeat the nominal week exactly (so callers can skip them).
 *
 * <p>A local date-time stands for the first instant at which the zone's wall clock reads that
 * time or later: in a spring-forward gap that is the instant of the change, in a fall-back
 * overlap it is the first (earlier-offset) occurrence, as {@link java.time.ZonedDateTime} does.
 */
final class WorkingDays {

    private final ZoneId zone;
    private final ZoneRules rules;
    private final Map<DayOfWeek, List<TimeRange>> weekly;
    private final NavigableSet<LocalDate> holidays;
    private final NavigableMap<LocalDate, List<TimeRange>> specialDays;
    private final Duration weekLength;

    WorkingDays(ZoneId zone, Map<DayOfWeek, List<TimeRange>> weekly, NavigableSet<LocalDate> holidays,
            NavigableMap<LocalDate, List<TimeRange>> specialDays) {
        this.zone = zone;
        this.rules = zone.getRules();
        this.weekly = weekly;
        this.holidays = holidays;
        this.specialDays = specialDays;
        this.weekLength = weekly.values().stream().flatMap(List::stream)
                .map(TimeRange::nominalLength).reduce(Duration.ZERO, Duration::plus);
    }

    /** Working time in a week without holidays, special days or clock changes. */
    Duration weekLength() {
        return weekLength;
    }

    LocalDate dateOf(Instant instant) {
        return instant.atZone(zone).toLocalDate();
    }

    Instant startOf(LocalDate date) {
        return instantOf(date.atStartOfDay());
    }

    /** False only when no weekday is worked and no special day lies on or after {@code date}. */
    boolean mayWorkOnOrAfter(LocalDate date) {
        return !weekly.isEmpty() || specialDays.ceilingKey(date) != null;
    }

    /** The working spans of {@code date}, in order; ranges that a clock change swallows are left out. */
    List<Span> spansOn(LocalDate date) {
        List<TimeRange> ranges = rangesOn(date);
        List<Span> spans = new ArrayList<>(ranges.size());
        for (TimeRange range : ranges) {
            Instant start = instantOf(date.atTime(range.start()));
            Instant end = instantOf(range.end().equals(LocalTime.MIDNIGHT)
                    ? date.plusDays(1).atStartOfDay()
                    : date.atTime(range.end()));
            if (start.isBefore(end)) {
                spans.add(new Span(start, end));
            }
        }
        return spans;
    }

    /**
     * How many whole weeks from {@code date} on hold no holiday, no special day and no clock
     * change (with a day's margin), so each of them holds exactly {@link #weekLength()} of working
     * time and lasts exactly seven days; {@link Long#MAX_VALUE} if nothing irregular lies ahead.
     */
    long plainWeeksFrom(LocalDate date) {
        LocalDate limit = earlier(holidays.ceiling(date), specialDays.ceilingKey(date));
        ZoneOffsetTransition change = rules.nextTransition(startOf(date).minus(Duration.ofDays(1)));
        if (change != null) {
            limit = earlier(limit, dateOf(change.getInstant()).minusDays(1));
        }
        return limit == null ? Long.MAX_VALUE : Math.max(0, ChronoUnit.DAYS.between(date, limit) / 7);
    }

    private List<TimeRange> rangesOn(LocalDate date) {
        if (holidays.contains(date)) {
            return List.of();
        }
        List<TimeRange> special = specialDays.get(date);
        return special != null ? special : weekly.getOrDefault(date.getDayOfWeek(), List.of());
    }

    private Instant instantOf(LocalDateTime local) {
        ZoneOffsetTransition change = rules.getTransition(local);
        if (change != null && change.isGap()) {
            return change.getInstant();
        }
        // outside a change there is one offset; in an overlap getOffset gives the earlier one
        return local.toInstant(rules.getOffset(local));
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isBefore(b) ? a : b;
    }
}
