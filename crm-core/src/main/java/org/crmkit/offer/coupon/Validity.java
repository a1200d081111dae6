package org.crmkit.offer.coupon;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Positive;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/**
 * When coupons of a template may be used, in the tenant's zone: either a fixed window (from {@code
 * from}, inclusive, to {@code until}, exclusive, both local date-times in the tenant's zone), or
 * a number of calendar days after issue (from the moment of issue to the tenant's midnight that
 * ends the last day: issued on 4 December with 7 days, usable until the midnight between 10 and 11
 * December).
 *
 * @param from the window's start (local, tenant zone), or null with {@code daysAfterIssue}
 * @param until the window's end, exclusive (local, tenant zone), after {@code from}
 * @param daysAfterIssue 1 to 3,650 days counting the day of issue, or null for a fixed window
 * @since 0.2
 */
public record Validity(@Nullable LocalDateTime from, @Nullable LocalDateTime until, @Positive @Max(3650) @Nullable Integer daysAfterIssue) {

    /** From {@code firstDay}'s midnight to the midnight after {@code lastDay}, in the tenant's zone. */
    public static Validity days(LocalDate firstDay, LocalDate lastDay) {
        return new Validity(firstDay.atStartOfDay(), lastDay.plusDays(1).atStartOfDay(), null);
    }

    /** From {@code from} (inclusive) to {@code until} (exclusive), local date-times in the tenant's zone. */
    public static Validity between(LocalDateTime from, LocalDateTime until) {
        return new Validity(from, until, null);
    }

    /** {@code days} calendar days counting the day of issue, ending at the tenant's midnight. */
    public static Validity daysAfterIssue(int days) {
        return new Validity(null, null, days);
    }

    /** Whether the window is the same for every coupon (fixed) rather than relative to issue. */
    public boolean fixed() {
        return daysAfterIssue == null;
    }

    /** What is wrong with the combination of components, or null if nothing. */
    @Nullable String problem() {
        if (daysAfterIssue != null) {
            return from == null && until == null ? null : "give either a fixed window (from, until) or daysAfterIssue, not both";
        }
        if (from == null || until == null) {
            return "a fixed window needs both from and until";
        }
        return from.isBefore(until) ? null : "from must be before until";
    }

    /** The first instant a coupon issued at {@code issuedAt} may be used. */
    public Instant startFor(Instant issuedAt, ZoneId zone) {
        return fixed() ? from.atZone(zone).toInstant() : issuedAt;
    }

    /** The instant from which a coupon issued at {@code issuedAt} may no longer be used. */
    public Instant endFor(Instant issuedAt, ZoneId zone) {
        return fixed() ? until.atZone(zone).toInstant()
                : LocalDate.ofInstant(issuedAt, zone).plusDays(daysAfterIssue).atStartOfDay(zone).toInstant();
    }
}
