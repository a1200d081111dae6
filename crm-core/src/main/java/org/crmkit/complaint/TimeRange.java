package org.crmkit.complaint;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Duration;
import java.time.LocalTime;

/**
 * A span of working time within one day: from {@code start} inclusive to {@code end}
 * exclusive, in the calendar's zone. An {@code end} of {@link LocalTime#MIDNIGHT} means the end
 * of the day (so {@code 00:00-00:00} is the whole day).
 *
 * <p>The times are wall-clock times; {@link BusinessCalendar} says how they map to instants on
 * a day when the clocks change.
 *
 * @param start first working minute
 * @param end   end of the span, exclusive; {@code 00:00} for the end of the day
 * @since 0.1
 */
public record TimeRange(LocalTime start, LocalTime end) {

    private static final long NANOS_PER_DAY = Duration.ofDays(1).toNanos();

    /**
     * Checks that the range is not empty and does not run backwards.
     *
     * @throws NullPointerException if {@code start} or {@code end} is null
     * @throws IllegalArgumentException if {@code end} is not after {@code start} (an {@code end}
     *     of 00:00 is the end of the day, so it always is)
     */
    public TimeRange {
        checkNotNull(start, "start");
        checkNotNull(end, "end");
        checkArgument(end.equals(LocalTime.MIDNIGHT) || start.isBefore(end),
                "a time range must end after it starts (use 00:00 as end for the end of the day) but was %s-%s", start, end);
    }

    /** A range from {@code start} to {@code end}. */
    public static TimeRange of(LocalTime start, LocalTime end) {
        return new TimeRange(start, end);
    }

    /** The whole day, 00:00 to 24:00. */
    public static TimeRange wholeDay() {
        return new TimeRange(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT);
    }

    /** Wall-clock length: {@code 09:00-18:00} is nine hours even on a day the clocks change. */
    Duration nominalLength() {
        return Duration.ofNanos(endNanos() - startNanos());
    }

    long startNanos() {
        return start.toNanoOfDay();
    }

    /** The end as nanoseconds since the day's midnight; 24 hours for an end of 00:00. */
    long endNanos() {
        return end.equals(LocalTime.MIDNIGHT) ? NANOS_PER_DAY : end.toNanoOfDay();
    }

    /** True if the two ranges share a moment (ranges that only touch do not). */
    boolean overlaps(TimeRange other) {
        return startNanos() < other.endNanos() && other.startNanos() < endNanos();
    }

    /** {@code 09:00-18:00}; an end of the day reads {@code 24:00}. */
    @Override
    public String toString() {
        return start + "-" + (end.equals(LocalTime.MIDNIGHT) ? "24:00" : end.toString());
    }
}
