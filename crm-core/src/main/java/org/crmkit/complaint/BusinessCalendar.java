package org.crmkit.complaint;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Working time in one zone: weekly hours, public holidays and dated exceptions (for example a
 * Saturday made a working day in exchange for a holiday, 调休), or round the clock. SLA clocks
 * count only working time. Immutable and thread-safe.
 *
 * <p>Local times are interpreted in {@link #zone()}, so a working day that spans a daylight
 * saving change is one hour shorter or longer in elapsed time, exactly as a wall clock shows.
 *
 * @since 0.1
 */
public final class BusinessCalendar {

    private BusinessCalendar() {
        throw new UnsupportedOperationException("skeleton: implemented on the calendar branch");
    }

    /** A 24x7 calendar: every instant is working time. */
    public static BusinessCalendar roundTheClock(ZoneId zone) {
        throw new UnsupportedOperationException("skeleton");
    }

    /** Starts a calendar in {@code zone} with no working hours; add them on the builder. */
    public static Builder builder(ZoneId zone) {
        throw new UnsupportedOperationException("skeleton");
    }

    /** The zone that local working hours, holidays and dates are read in. */
    public ZoneId zone() {
        throw new UnsupportedOperationException("skeleton");
    }

    /** True if every instant is working time. */
    public boolean isRoundTheClock() {
        throw new UnsupportedOperationException("skeleton");
    }

    /** Working hours by day of week; a day absent from the map is not worked. Empty when round the clock. */
    public Map<DayOfWeek, List<TimeRange>> weeklyHours() {
        throw new UnsupportedOperationException("skeleton");
    }

    /** Dates on which nobody works, whatever the weekday. */
    public Set<LocalDate> holidays() {
        throw new UnsupportedOperationException("skeleton");
    }

    /** Dates worked with their own hours, replacing the weekday's (make-up working days). */
    public Map<LocalDate, List<TimeRange>> specialDays() {
        throw new UnsupportedOperationException("skeleton");
    }

    /**
     * The earliest instant at which {@code amount} of working time has passed since
     * {@code start}. {@code amount} zero returns {@code start}.
     *
     * @throws IllegalArgumentException if {@code amount} is negative, or the calendar has no
     *     working time at all
     */
    public Instant addBusinessTime(Instant start, Duration amount) {
        throw new UnsupportedOperationException("skeleton");
    }

    /** The working time in {@code [from, to)}; zero when {@code to} is not after {@code from}. */
    public Duration businessTimeBetween(Instant from, Instant to) {
        throw new UnsupportedOperationException("skeleton");
    }

    /** Builds a {@link BusinessCalendar}; {@link #build()} checks it. */
    public static final class Builder {

        private Builder() {}

        /** Adds working hours on {@code day}; several ranges per day are allowed (a lunch break between). */
        public Builder hours(DayOfWeek day, TimeRange range) {
            throw new UnsupportedOperationException("skeleton");
        }

        /** Adds the same working hours Monday to Friday. */
        public Builder weekdays(TimeRange range) {
            throw new UnsupportedOperationException("skeleton");
        }

        /** Marks {@code date} as a holiday. */
        public Builder holiday(LocalDate date) {
            throw new UnsupportedOperationException("skeleton");
        }

        /** Makes {@code date} a working day with these hours, replacing its weekday's hours. */
        public Builder specialDay(LocalDate date, List<TimeRange> hours) {
            throw new UnsupportedOperationException("skeleton");
        }

        /**
         * The calendar.
         *
         * @throws IllegalArgumentException if it has no working time, ranges on one day overlap,
         *     or a date is both a holiday and a special day
         */
        public BusinessCalendar build() {
            throw new UnsupportedOperationException("skeleton");
        }
    }
}
