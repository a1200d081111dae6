package org.crmkit.marketing.campaign;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Hours of the tenant's day when nothing is sent, from {@code from} (inclusive) to {@code until}
 * (exclusive), wrapping past midnight when {@code until} is earlier (22:00 to 08:00).
 *
 * @since 0.2
 */
public record QuietHours(LocalTime from, LocalTime until) {

    /** Checks that the hours are given and differ. */
    public QuietHours {
        checkNotNull(from, "from");
        checkNotNull(until, "until");
        checkArgument(!from.equals(until), "quiet hours must start and end at different times, but both are %s", from);
    }

    /** Whether {@code at} falls in the quiet hours in {@code zone}. */
    public boolean covers(Instant at, ZoneId zone) {
        LocalTime time = at.atZone(zone).toLocalTime();
        return from.isBefore(until) ? !time.isBefore(from) && time.isBefore(until) : !time.isBefore(from) || time.isBefore(until);
    }

    /** The first instant at or after {@code at} outside the quiet hours in {@code zone}. */
    public Instant endAfter(Instant at, ZoneId zone) {
        if (!covers(at, zone)) {
            return at;
        }
        ZonedDateTime local = at.atZone(zone);
        ZonedDateTime end = local.toLocalDate().atTime(until).atZone(zone);
        return (end.isAfter(local) ? end : end.plusDays(1)).toInstant();
    }
}
