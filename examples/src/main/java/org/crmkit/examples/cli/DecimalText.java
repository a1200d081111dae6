package org.crmkit.examples.cli;

/**
 * Decimal text of {@code double}s without {@code String.format} or {@code Double.toString}, which
 * cost more than the whole model on a million customers: {@value #SIGNIFICANT} significant digits
 * (plain notation from 1e-5 to below 1e15, scientific outside), or a fixed number of decimals.
 */
final class DecimalText {

    /** Significant digits of the per-customer figures in JSON and CSV. */
    static final int SIGNIFICANT = 12;

    private static final double[] POWERS = new double[23];
    private static final long MIN_MANTISSA = 100_000_000_000L;
    private static final long MAX_MANTISSA = 1_000_000_000_000L;

    static {
        POWERS[0] = 1;
        for (int i = 1; i < POWERS.length; i++) {
            POWERS[i] = POWERS[i - 1] * 10;
        }
    }

    private DecimalText() {}

    /** {@code value} to {@link #SIGNIFICANT} significant digits, trailing zeros dropped; NaN and infinities as Java spells them. */
    static void significant(ByteSink out, double value) {
        if (!Double.isFinite(value)) {
            out.ascii(Double.toString(value));
            return;
        }
        if (value == 0) {
            out.ch('0');
            return;
        }
        if (value < 0) {
            out.ch('-');
            value = -value;
        }
        int exponent = decimalExponent(value);
        long mantissa = scaled(value, SIGNIFICANT - 1 - exponent);
        if (mantissa >= MAX_MANTISSA) {
            exponent++;
            mantissa = scaled(value, SIGNIFICANT - 1 - exponent);
        } else if (mantissa < MIN_MANTISSA) {
            exponent--;
            mantissa = scaled(value, SIGNIFICANT - 1 - exponent);
        }
        if (mantissa >= MAX_MANTISSA) { // 9.99999999999996 rounded up to 10.0000000000
            mantissa /= 10;
            exponent++;
        }
        // the twelve digits as two ints of six, so that no long is divided (C1 calls out for that): the mantissa is below
        // 2^40, so the double quotient is within 2^-32 of the true one, which is a whole number or at least 10^-6 from one
        int high = (int) (mantissa / 1e6);
        int low = (int) (mantissa - high * 1_000_000L);
        int kept = SIGNIFICANT - (low == 0 ? 6 + trailingZeros(high) : trailingZeros(low));
        if (exponent >= 0 && exponent < 15) {
            int integerDigits = exponent + 1;
            out.significand(high, low, Math.min(Math.max(kept, integerDigits), SIGNIFICANT), integerDigits)
                    .zeros(integerDigits - SIGNIFICANT);
        } else if (exponent < 0 && exponent >= -5) {
            out.ch('0').ch('.').zeros(-exponent - 1).significand(high, low, kept, kept);
        } else {
            out.significand(high, low, kept, 1).ch('E').integer(exponent);
        }
    }

    /**
     * ⌊log10 value⌋ for a finite value > 0, or one less or more (which {@link #significant} corrects), from the binary
     * exponent instead of {@code Math.log10}, which the C1 code of bin/crm calls out of line: 1233 / 4096 is log10 2 to
     * within 5·10^-6, and one comparison with a power of ten settles which of two decades the value is in.
     */
    private static int decimalExponent(double value) {
        if (value < Double.MIN_NORMAL) {
            return (int) Math.floor(Math.log10(value));
        }
        int exponent = (Math.getExponent(value) * 1233) >> 12;
        int next = exponent + 1;
        if (next >= 0 && next < POWERS.length && value >= POWERS[next]) {
            return next;
        }
        if (next < 0 && next > -POWERS.length && value * POWERS[-next] >= 1) {
            return next;
        }
        return exponent;
    }

    /** The number of trailing zeros of {@code value} > 0, which has six digits at most. */
    private static int trailingZeros(int value) {
        int zeros = 0;
        for (int v = value; zeros < 6; zeros++) {
            int tenth = ByteSink.byTen(v);
            if (v != tenth * 10) {
                break;
            }
            v = tenth;
        }
        return zeros;
    }

    /** {@code value} rounded half-up to {@code decimals} decimals, always with that many. */
    static void fixed(ByteSink out, double value, int decimals) {
        if (!Double.isFinite(value) || Math.abs(value) >= 1e15 || decimals > 9) {
            significant(out, value);
            return;
        }
        long factor = (long) POWERS[decimals];
        long units = Math.round(Math.abs(value) * factor);
        if (value < 0 && units != 0) {
            out.ch('-');
        }
        out.integer(units / factor);
        if (decimals > 0) {
            out.ch('.').digits(units % factor, decimals);
        }
    }

    /** value × 10^power rounded to a whole number, exact for powers up to 22 (beyond, stepwise and within an ulp or two). */
    private static long scaled(double value, int power) {
        double v = value;
        int p = power;
        for (; p > 22; p -= 22) {
            v *= POWERS[22];
        }
        for (; p < -22; p += 22) {
            v /= POWERS[22];
        }
        return Math.round(p >= 0 ? v * POWERS[p] : v / POWERS[-p]);
    }
}
