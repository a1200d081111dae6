package org.crmkit.examples.cli;

import java.nio.charset.StandardCharsets;

/**
 * Reads the amount column: a plain decimal such as {@code 29.33}, {@code -5}, {@code 1e3}. Up to
 * 15 digits are read exactly by arithmetic (an exact integer divided by an exact power of ten is
 * the correctly rounded double, as {@link Double#parseDouble} gives); longer numbers and exponents
 * go to {@link Double#parseDouble}. Thousands separators, currency signs, NaN and infinities are
 * refused.
 */
final class Amounts {

    private static final double[] POWERS = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14,
        1e15};
    private static final int FAST_DIGITS = 15;

    private Amounts() {}

    /** The amount in {@code b[from, to)}. */
    static double parse(byte[] b, int from, int to) throws RowError {
        int at = from;
        boolean negative = false;
        if (at < to && (b[at] == '-' || b[at] == '+')) {
            negative = b[at] == '-';
            at++;
        }
        long mantissa = 0;
        int digits = 0;
        int decimals = -1;
        for (; at < to; at++) {
            int d = b[at] - '0';
            if (d >= 0 && d <= 9) {
                mantissa = mantissa * 10 + d;
                digits++;
                if (decimals >= 0) {
                    decimals++;
                }
            } else if (b[at] == '.' && decimals < 0) {
                decimals = 0;
            } else {
                return slow(b, from, to);
            }
        }
        if (digits == 0) {
            throw bad(b, from, to);
        }
        if (digits > FAST_DIGITS) {
            return slow(b, from, to);
        }
        double value = decimals > 0 ? mantissa / POWERS[decimals] : mantissa;
        return negative ? -value : value;
    }

    private static double slow(byte[] b, int from, int to) throws RowError {
        for (int i = from; i < to; i++) {
            byte c = b[i];
            if (!(c >= '0' && c <= '9' || c == '.' || c == 'e' || c == 'E' || c == '-' || c == '+')) {
                throw bad(b, from, to);
            }
        }
        try {
            double value = Double.parseDouble(new String(b, from, to - from, StandardCharsets.US_ASCII));
            if (Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw bad(b, from, to);
    }

    private static RowError bad(byte[] b, int from, int to) {
        return new RowError("bad amount '" + new String(b, from, to - from, StandardCharsets.UTF_8)
                + "' (expected a plain number like 29.33, without thousands separators or currency)");
    }
}
