package org.crmkit.complaint;

import java.time.LocalTime;

/**
 * A span of working time within one day: from {@code start} inclusive to {@code end}
 * exclusive, in the calendar's zone. An {@code end} of {@link LocalTime#MIDNIGHT} means the end
 * of the day (so {@code 00:00-00:00} is the whole day).
 *
 * @param start first working minute
 * @param end   end of the span, exclusive; {@code 00:00} for the end of the day
 * @since 0.1
 */
public record TimeRange(LocalTime start, LocalTime end) {

    /** Checks that the range is not empty and does not run backwards. */
    public TimeRange {
        throw new UnsupportedOperationException("skeleton: implemented on the calendar branch");
    }

    /** A range from {@code start} to {@code end}. */
    public static TimeRange of(LocalTime start, LocalTime end) {
        return new TimeRange(start, end);
    }

    /** The whole day, 00:00 to 24:00. */
    public static TimeRange wholeDay() {
        return new TimeRange(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT);
    }
}
