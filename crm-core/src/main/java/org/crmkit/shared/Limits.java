package org.crmkit.shared;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The library's numeric and calendar limits, in one place. Amounts, points and dates outside them
 * are refused up front with a {@link ValidationException} naming the limit, before any arithmetic
 * could overflow and before anything is written; every store holds every value within them,
 * running totals over a customer's lifetime included.
 *
 * @since 0.1
 */
public final class Limits {

    /** The most points one operation may move: 10^12. */
    public static final long MAX_POINTS = 1_000_000_000_000L;

    /** The largest amount of money one command may carry: 10^12 currency units. */
    public static final BigDecimal MAX_AMOUNT = BigDecimal.valueOf(1_000_000_000_000L);

    /** The earliest date any parameter may name: 1 January 1900. */
    public static final LocalDate MIN_DATE = LocalDate.of(1900, 1, 1);

    /** The latest date any parameter may name: 31 December 9999. */
    public static final LocalDate MAX_DATE = LocalDate.of(9999, 12, 31);

    /** The earliest instant any parameter may name: 1900-01-01T00:00:00Z. */
    public static final Instant MIN_INSTANT = Instant.parse("1900-01-01T00:00:00Z");

    /** The latest instant any parameter may name: 9999-12-31T00:00:00Z (a day inside the range in every zone). */
    public static final Instant MAX_INSTANT = Instant.parse("9999-12-31T00:00:00Z");

    private Limits() {}

    /**
     * Adds a violation naming {@code field} to {@code violations} unless {@code money} is within 0
     * (exclusive if {@code mustBePositive}) and {@link #MAX_AMOUNT}: the one check every
     * money-carrying command makes of its amounts.
     */
    public static void checkAmount(String field, Money money, boolean mustBePositive, List<Violation> violations) {
        if (money.isNegative() || (mustBePositive && money.isZero()) || money.amount().compareTo(MAX_AMOUNT) > 0) {
            violations.add(Violation.of(field, money, (mustBePositive ? "must be more than zero" : "must not be negative")
                    + " and at most " + MAX_AMOUNT.toPlainString() + " units"));
        }
    }

    /**
     * Checks a date parameter against [{@link #MIN_DATE}, {@link #MAX_DATE}].
     *
     * @throws ValidationException naming {@code field} if it is outside
     */
    public static LocalDate checkDate(String operation, String field, LocalDate date) {
        outOfRange(date).ifPresent(problem -> {
            throw new ValidationException(operation, List.of(Violation.of(field, date, problem)));
        });
        return date;
    }

    /**
     * Checks an instant parameter against [{@link #MIN_INSTANT}, {@link #MAX_INSTANT}].
     *
     * @throws ValidationException naming {@code field} if it is outside
     */
    public static Instant checkInstant(String operation, String field, Instant instant) {
        outOfRange(instant).ifPresent(problem -> {
            throw new ValidationException(operation, List.of(Violation.of(field, instant, problem)));
        });
        return instant;
    }

    /** What is wrong with {@code date}, if it is outside [{@link #MIN_DATE}, {@link #MAX_DATE}]. */
    static Optional<String> outOfRange(LocalDate date) {
        return date != null && (date.isBefore(MIN_DATE) || date.isAfter(MAX_DATE))
                ? Optional.of("must be from " + MIN_DATE + " to " + MAX_DATE) : Optional.empty();
    }

    /** What is wrong with {@code instant}, if it is outside [{@link #MIN_INSTANT}, {@link #MAX_INSTANT}]. */
    static Optional<String> outOfRange(Instant instant) {
        return instant != null && (instant.isBefore(MIN_INSTANT) || instant.isAfter(MAX_INSTANT))
                ? Optional.of("must be from " + MIN_INSTANT + " to " + MAX_INSTANT) : Optional.empty();
    }
}
