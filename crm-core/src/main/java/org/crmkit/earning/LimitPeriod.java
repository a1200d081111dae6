package org.crmkit.earning;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;

/**
 * The window a per-customer campaign limit counts in, in the programme's zone. Weeks start on
 * Monday.
 *
 * @since 0.1
 */
public enum LimitPeriod {
    /** A calendar day in the programme's zone. */
    DAY,
    /** A calendar week, Monday to Sunday, in the programme's zone. */
    WEEK,
    /** A calendar month in the programme's zone. */
    MONTH,
    /** The whole campaign. */
    CAMPAIGN;

    /** A stable name of the window containing {@code at}, e.g. {@code 2026-11-11}. */
    public String windowOf(Instant at, ZoneId zone) {
        LocalDate date = at.atZone(zone).toLocalDate();
        return switch (this) {
            case DAY -> date.toString();
            case WEEK -> "W" + date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> date.toString().substring(0, 7);
            case CAMPAIGN -> "all";
        };
    }
}
