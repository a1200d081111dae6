package org.crmkit.complaint;

import java.time.Duration;
import java.time.Instant;

/** A stretch of working time on the time line, {@code [start, end)}, start before end. */
record Span(Instant start, Instant end) {

    /** The part of this span inside {@code [from, to)}; zero if they do not meet. */
    Duration lengthWithin(Instant from, Instant to) {
        Instant clippedStart = start.isAfter(from) ? start : from;
        Instant clippedEnd = end.isBefore(to) ? end : to;
        return clippedStart.isBefore(clippedEnd) ? Duration.between(clippedStart, clippedEnd) : Duration.ZERO;
    }
}
