package org.crmkit.loyalty;

import java.time.LocalDate;

/**
 * Points whose last usable day is {@code date} (the day before their expiry instant, when that
 * is midnight), in the programme's zone.
 *
 * @param date the last day the points can be used
 * @param points how many
 * @since 0.1
 */
public record ExpiringPoints(LocalDate date, long points) {}
