package org.crmkit.complaint;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.MoreObjects;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import com.google.common.collect.Maps;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Working time in one zone: weekly hours, public holidays and dated exceptions (for example a
 * Saturday made a working day in exchange for a holiday, 调休), or round the clock. SLA clocks
 * count only working time. Immutable and thread-safe; two calendars are equal when their zone,
 * hours, holidays and special days are.
 *
 * <p>Local times are wall-clock times in {@link #zone()}. A local time stands for the first
 * instant at which the zone's clock reads that time or later: a time that a spring-forward gap
 * skips stands for the instant of the change, the first valid instant after it (where {@code
 * ZonedDateTime.of} would instead shift it by the gap's length), and a time that a fall-back
 * overlap repeats stands for its first, earlier-offset occurrence (as {@code ZonedDateTime.of}
 * resolves it). So a range that spans a change is shorter or longer in elapsed time by the size
 * of the change, exactly as a wall clock shows ({@code 00:00-24:00} on the day New York springs
 * forward holds 23 hours); a range that does not span one (09:00-18:00 in zones that change at
 * night) keeps its length, and a range wholly inside a gap holds no time that day.
 *
 * <p>The accessors return everything needed to rebuild an equal calendar with {@link
 * #roundTheClock} or {@link #builder}: immutable collections, days in weekday order, dates
 * ascending, ranges by start time. For example (9:00-18:00 Monday to Friday in Shanghai):
 *
 * <pre>{@code
 * BusinessCalendar shanghai = BusinessCalendar.builder(ZoneId.of("Asia/Shanghai"))
 *         .weekdays(TimeRange.of(LocalTime.of(9, 0), LocalTime.of(18, 0)))
 *         .holiday(LocalDate.of(2025, 10, 1))
 *         .specialDay(LocalDate.of(2025, 9, 28), List.of(TimeRange.of(LocalTime.of(9, 0), LocalTime.of(18, 0))))
 *         .build();
 * Instant due = shanghai.addBusinessTime(Instant.parse("2025-06-06T09:50:00Z"), Duration.ofHours(24));
 * // opened Friday 17:50 local, due Wednesday 2025-06-11 14:50 local (06:50Z)
 * }</pre>
 *
 * @since 0.1
 */
public final class BusinessCalendar {

    private final ZoneId zone;
    private final boolean roundTheClock;
    private final Map<DayOfWeek, List<TimeRange>> weeklyHours;
    private final ImmutableSortedSet<LocalDate> holidays;
    private final ImmutableSortedMap<LocalDate, List<TimeRange>> specialDays;
    private final WorkingDays days;

    private BusinessCalendar(ZoneId zone, boolean roundTheClock, Map<DayOfWeek, List<TimeRange>> weeklyHours,
            ImmutableSortedSet<LocalDate> holidays, ImmutableSortedMap<LocalDate, List<TimeRange>> specialDays) {
        this.zone = zone;
        this.roundTheClock = roundTheClock;
        this.weeklyHours = weeklyHours;
        this.holidays = holidays;
        this.specialDays = specialDays;
        this.days = roundTheClock ? null : new WorkingDays(zone, weeklyHours, holidays, specialDays);
    }

    /** A 24x7 calendar: every instant is working time. */
    public static BusinessCalendar roundTheClock(ZoneId zone) {
        checkNotNull(zone, "zone");
        return new BusinessCalendar(zone, true, Map.of(), ImmutableSortedSet.of(), ImmutableSortedMap.of());
    }

    /** Starts a calendar in {@code zone} with no working hours; add them on the builder. */
    public static Builder builder(ZoneId zone) {
        checkNotNull(zone, "zone");
        return new Builder(zone);
    }

    /** The zone that local working hours, holidays and dates are read in. */
    public ZoneId zone() {
        return zone;
    }

    /** True if every instant is working time. */
    public boolean isRoundTheClock() {
        return roundTheClock;
    }

    /**
     * Working hours by day of week, in weekday order, each day's ranges by start time; a day
     * absent from the map is not worked. Empty when round the clock.
     */
    public Map<DayOfWeek, List<TimeRange>> weeklyHours() {
        return weeklyHours;
    }

    /** Dates on which nobody works, whatever the weekday; ascending. */
    public Set<LocalDate> holidays() {
        return holidays;
    }

    /** Dates worked with their own hours, replacing the weekday's (make-up working days); ascending. */
    public Map<LocalDate, List<TimeRange>> specialDays() {
        return specialDays;
    }

    /**
     * The earliest instant at which {@code amount} of working time has passed since
     * {@code start}. {@code amount} zero returns {@code start}; an amount that ends exactly where a
     * working range ends returns that end, not the start of the next range. Round the clock, this
     * is {@code start.plus(amount)}.
     *
     * <p>The search skips runs of ordinary weeks in one step, so its cost depends on the holidays,
     * special days and clock changes it passes, not on the size of {@code amount}. It gives up
     * when it finds no working time in ten years of dates (a
     * calendar whose weekdays are all holidays for that long), or none at all after the last special
     * day of a calendar without weekly hours.
     *
     * @throws IllegalArgumentException if {@code amount} is negative, the calendar has no working
     *     time within that horizon, or the result lies beyond the range of {@link Instant}
     */
    public Instant addBusinessTime(Instant start, Duration amount) {
        checkNotNull(start, "start");
        checkNotNull(amount, "amount");
        checkArgument(!amount.isNegative(), "amount of working time must not be negative but was %s", amount);
        if (amount.isZero()) {
            return start;
        }
        try {
            return roundTheClock ? start.plus(amount) : WorkingTimeMath.add(days, start, amount);
        } catch (DateTimeException | ArithmeticException e) {
            throw new IllegalArgumentException("adding " + amount + " of working time to " + start
                    + " goes beyond the supported range of dates", e);
        }
    }

    /**
     * The working time in {@code [from, to)}; zero when {@code to} is not after {@code from}.
     * Runs of ordinary weeks are counted in one step, as in {@link #addBusinessTime}.
     */
    public Duration businessTimeBetween(Instant from, Instant to) {
        checkNotNull(from, "from");
        checkNotNull(to, "to");
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        return roundTheClock ? Duration.between(from, to) : WorkingTimeMath.between(days, from, to);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BusinessCalendar other
                && zone.equals(other.zone)
                && roundTheClock == other.roundTheClock
                && weeklyHours.equals(other.weeklyHours)
                && holidays.equals(other.holidays)
                && specialDays.equals(other.specialDays);
    }

    @Override
    public int hashCode() {
        return Objects.hash(zone, roundTheClock, weeklyHours, holidays, specialDays);
    }

    @Override
    public String toString() {
        if (roundTheClock) {
            return "BusinessCalendar{" + zone + ", round the clock}";
        }
        return MoreObjects.toStringHelper(this).addValue(zone).add("weeklyHours", weeklyHours)
                .add("holidays", holidays).add("specialDays", specialDays).toString();
    }

    /** Builds a {@link BusinessCalendar}; {@link #build()} checks it. Not thread-safe. */
    public static final class Builder {

        private final ZoneId zone;
        private final Map<DayOfWeek, List<TimeRange>> weeklyHours = new EnumMap<>(DayOfWeek.class);
        private final Set<LocalDate> holidays = new TreeSet<>();
        private final Map<LocalDate, List<TimeRange>> specialDays = new TreeMap<>();

        private Builder(ZoneId zone) {
            this.zone = zone;
        }

        /** Adds working hours on {@code day}; several ranges per day are allowed (a lunch break between). */
        public Builder hours(DayOfWeek day, TimeRange range) {
            checkNotNull(day, "day");
            checkNotNull(range, "range");
            weeklyHours.computeIfAbsent(day, d -> new ArrayList<>()).add(range);
            return this;
        }

        /** Adds the same working hours Monday to Friday. */
        public Builder weekdays(TimeRange range) {
            for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                    DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
                hours(day, range);
            }
            return this;
        }

        /** Marks {@code date} as a holiday; marking it twice changes nothing. */
        public Builder holiday(LocalDate date) {
            checkNotNull(date, "date");
            holidays.add(date);
            return this;
        }

        /**
         * Makes {@code date} a working day with these hours, replacing its weekday's hours. Calling
         * it again for the same date adds more ranges to that date.
         *
         * @throws IllegalArgumentException if {@code hours} is empty (mark the date a {@link
         *     #holiday} instead)
         */
        public Builder specialDay(LocalDate date, List<TimeRange> hours) {
            checkNotNull(date, "date");
            checkNotNull(hours, "hours");
            checkArgument(!hours.isEmpty(), "special day %s needs working hours; mark it a holiday if nobody works", date);
            hours.forEach(range -> checkNotNull(range, "a range of special day %s", date));
            specialDays.computeIfAbsent(date, d -> new ArrayList<>()).addAll(hours);
            return this;
        }

        /**
         * The calendar.
         *
         * @throws IllegalArgumentException if it has no working time, ranges on one day overlap,
         *     or a date is both a holiday and a special day
         */
        public BusinessCalendar build() {
            checkArgument(!weeklyHours.isEmpty() || !specialDays.isEmpty(),
                    "a business calendar in %s needs working hours on at least one weekday or special day"
                            + " (use BusinessCalendar.roundTheClock for 24x7)", zone);
            Map<DayOfWeek, List<TimeRange>> weekly = new EnumMap<>(DayOfWeek.class);
            weeklyHours.forEach((day, ranges) -> weekly.put(day, sortedWithoutOverlap(day, ranges)));
            ImmutableSortedMap.Builder<LocalDate, List<TimeRange>> special = ImmutableSortedMap.naturalOrder();
            specialDays.forEach((date, ranges) -> {
                checkArgument(!holidays.contains(date), "%s is both a holiday and a special day; keep only one", date);
                special.put(date, sortedWithoutOverlap(date, ranges));
            });
            return new BusinessCalendar(zone, false, Maps.immutableEnumMap(weekly), ImmutableSortedSet.copyOf(holidays),
                    special.build());
        }

        private static List<TimeRange> sortedWithoutOverlap(Object day, List<TimeRange> ranges) {
            List<TimeRange> sorted = new ArrayList<>(ranges);
            sorted.sort(Comparator.comparing(TimeRange::start));
            for (int i = 1; i < sorted.size(); i++) {
                checkArgument(!sorted.get(i - 1).overlaps(sorted.get(i)),
                        "working hours on %s overlap: %s and %s", day, sorted.get(i - 1), sorted.get(i));
            }
            return ImmutableList.copyOf(sorted);
        }
    }
}
