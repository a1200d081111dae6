package org.crmkit.complaint;

import static com.google.common.base.Strings.lenientFormat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Adds and measures working time by walking the calendar a day at a time, jumping over runs of
 * plain weeks (no holiday, special day or clock change) in one step, so the cost grows with the
 * number of irregular days passed, not with the length of the target.
 */
final class WorkingTimeMath {

    /** How long {@link #add} looks for working time before it gives up. */
    static final int HORIZON_YEARS = 10;

    private WorkingTimeMath() {}

    /** The earliest instant at which {@code amount} (positive) of working time has passed since {@code start}. */
    static Instant add(WorkingDays days, Instant start, Duration amount) {
        Duration remaining = amount;
        // begin a day early: in an overlap across midnight the previous date's hours can still lie ahead
        LocalDate date = days.dateOf(start).minusDays(1);
        LocalDate lastWorked = date.plusDays(1);
        while (true) {
            if (!days.mayWorkOnOrAfter(date)) {
                throw new IllegalArgumentException(lenientFormat(
                        "the calendar has no working time from %s on: %s of the %s asked after %s is missing",
                        date, remaining, amount, start));
            }
            if (date.isAfter(lastWorked.plusYears(HORIZON_YEARS))) {
                throw new IllegalArgumentException(lenientFormat(
                        "the calendar has no working time in the %s years after %s: %s of the %s asked after %s is missing",
                        HORIZON_YEARS, lastWorked, remaining, amount, start));
            }
            if (!days.startOf(date).isBefore(start)) {
                long weeks = Math.min(days.plainWeeksFrom(date), wholeWeeksShortOf(remaining, days.weekLength()));
                if (weeks > 0) {
                    remaining = remaining.minus(days.weekLength().multipliedBy(weeks));
                    date = date.plusWeeks(weeks);
                    lastWorked = days.weekLength().isZero() ? lastWorked : date;
                    continue;
                }
            }
            for (Span span : days.spansOn(date)) {
                Instant from = span.start().isAfter(start) ? span.start() : start;
                if (from.isBefore(span.end())) {
                    Duration available = Duration.between(from, span.end());
                    if (available.compareTo(remaining) >= 0) {
                        return from.plus(remaining);
                    }
                    remaining = remaining.minus(available);
                    lastWorked = date;
                }
            }
            date = date.plusDays(1);
        }
    }

    /** The working time in {@code [from, to)}, {@code from} before {@code to}. */
    static Duration between(WorkingDays days, Instant from, Instant to) {
        Duration total = Duration.ZERO;
        LocalDate date = days.dateOf(from).minusDays(1);
        LocalDate last = days.dateOf(to).plusDays(1);
        while (!date.isAfter(last)) {
            Instant dayStart = days.startOf(date);
            if (!dayStart.isBefore(from)) {
                long weeksBeforeTo = Duration.between(dayStart, to).toDays() / 7;
                long weeks = Math.min(days.plainWeeksFrom(date), weeksBeforeTo);
                if (weeks > 0) {
                    total = total.plus(days.weekLength().multipliedBy(weeks));
                    date = date.plusWeeks(weeks);
                    continue;
                }
            }
            for (Span span : days.spansOn(date)) {
                total = total.plus(span.lengthWithin(from, to));
            }
            date = date.plusDays(1);
        }
        return total;
    }

    /** The most whole weeks that leave some of {@code remaining} still to find. */
    private static long wholeWeeksShortOf(Duration remaining, Duration weekLength) {
        return weekLength.isZero() ? Long.MAX_VALUE : remaining.minusNanos(1).dividedBy(weekLength);
    }
}
