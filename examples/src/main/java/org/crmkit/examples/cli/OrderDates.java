package org.crmkit.examples.cli;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the date column into epoch days. The default reads ISO-8601 dates ({@code 2024-03-15}) by
 * arithmetic and accepts an ISO date-time ({@code 2024-03-15T10:00:00+08:00}, also with a space
 * for the {@code T}), taking the date it names (no zone conversion); {@link #pattern} reads any
 * {@link DateTimeFormatter} pattern, caching each distinct text.
 */
abstract class OrderDates {

    private static final int DAYS_0000_TO_1970 = 719_528;
    private static final int CACHE_LIMIT = 1 << 16;

    /** The epoch day of the date in {@code b[from, to)}. */
    abstract int epochDay(byte[] b, int from, int to) throws RowError;

    /** What the column should hold, for error messages. */
    abstract String expected();

    /** ISO-8601 dates and date-times. */
    static OrderDates iso() {
        return new Iso();
    }

    /**
     * Dates in a {@link DateTimeFormatter} pattern such as {@code dd/MM/yyyy}.
     *
     * @throws IllegalArgumentException if the pattern is invalid
     */
    static OrderDates pattern(String pattern) {
        try {
            return new Pattern(pattern, DateTimeFormatter.ofPattern(pattern, Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--date-format: invalid pattern '" + pattern + "': " + e.getMessage(), e);
        }
    }

    static RowError badDate(byte[] b, int from, int to, String expected) {
        return new RowError("bad date '" + new String(b, from, to - from, StandardCharsets.UTF_8) + "' (expected " + expected + ")");
    }

    /** yyyy-MM-dd by arithmetic; a longer text falls back to java.time's ISO date-time parser. */
    private static final class Iso extends OrderDates {

        @Override
        int epochDay(byte[] b, int from, int to) throws RowError {
            int length = to - from;
            if (length == 10 || (length > 10 && (b[from + 10] == 'T' || b[from + 10] == ' '))) {
                int day = isoDate(b, from);
                if (day != Integer.MIN_VALUE && (length == 10 || Times.isIsoTime(b, from + 11, to))) {
                    return day;
                }
            }
            return slow(b, from, to);
        }

        @Override
        String expected() {
            return "an ISO date like 2024-03-15 or date-time like 2024-03-15T10:00:00";
        }

        private int slow(byte[] b, int from, int to) throws RowError {
            String text = new String(b, from, to - from, StandardCharsets.UTF_8);
            try {
                if (text.length() > 10 && text.charAt(10) == ' ') {
                    text = text.substring(0, 10) + 'T' + text.substring(11);
                }
                DateTimeFormatter format = text.length() > 10 && text.charAt(10) == 'T' ? DateTimeFormatter.ISO_DATE_TIME
                        : DateTimeFormatter.ISO_DATE;
                return Math.toIntExact(format.parse(text, LocalDate::from).toEpochDay());
            } catch (DateTimeException | ArithmeticException e) {
                throw badDate(b, from, to, expected());
            }
        }

        /** The epoch day of yyyy-MM-dd at {@code at}, or MIN_VALUE if it is not a valid date. */
        private static int isoDate(byte[] b, int at) {
            int year = digits(b, at, 4);
            int month = digits(b, at + 5, 2);
            int day = digits(b, at + 8, 2);
            if (year < 0 || month < 1 || month > 12 || day < 1 || b[at + 4] != '-' || b[at + 7] != '-'
                    || day > lengthOfMonth(year, month)) {
                return Integer.MIN_VALUE;
            }
            return epochDay(year, month, day);
        }

        private static int digits(byte[] b, int at, int count) {
            int value = 0;
            for (int i = at; i < at + count; i++) {
                int d = b[i] - '0';
                if (d < 0 || d > 9) {
                    return -1;
                }
                value = value * 10 + d;
            }
            return value;
        }

        private static int lengthOfMonth(int year, int month) {
            return switch (month) {
                case 2 -> leap(year) ? 29 : 28;
                case 4, 6, 9, 11 -> 30;
                default -> 31;
            };
        }

        private static boolean leap(int year) {
            return (year & 3) == 0 && (year % 100 != 0 || year % 400 == 0);
        }

        /** Days since 1970-01-01 of a date in years 0 to 9999 (the proleptic Gregorian calendar, as LocalDate). */
        private static int epochDay(int year, int month, int day) {
            int total = 365 * year + (year + 3) / 4 - (year + 99) / 100 + (year + 399) / 400 + (367 * month - 362) / 12 + day - 1;
            if (month > 2) {
                total -= leap(year) ? 1 : 2;
            }
            return total - DAYS_0000_TO_1970;
        }
    }

    /** A user pattern, each distinct text parsed once. */
    private static final class Pattern extends OrderDates {

        private final String pattern;
        private final DateTimeFormatter format;
        private final Map<String, Integer> cache = new HashMap<>();

        Pattern(String pattern, DateTimeFormatter format) {
            this.pattern = pattern;
            this.format = format;
        }

        @Override
        int epochDay(byte[] b, int from, int to) throws RowError {
            String text = new String(b, from, to - from, StandardCharsets.UTF_8);
            Integer day = cache.get(text);
            if (day == null) {
                try {
                    day = Math.toIntExact(format.parse(text, LocalDate::from).toEpochDay());
                } catch (DateTimeException | ArithmeticException e) {
                    throw badDate(b, from, to, expected());
                }
                if (cache.size() < CACHE_LIMIT) {
                    cache.put(text, day);
                }
            }
            return day;
        }

        @Override
        String expected() {
            return "a date in the pattern " + pattern;
        }
    }
}
