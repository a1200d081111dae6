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
        double log = Math.log10(value);
        int exponent = (int) log;
        if (log < exponent) { // floor without Math.floor, which the C1 code of bin/crm calls out of line
            exponent--;
        }
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
        int kept = SIGNIFICANT;
        while (kept > 1 && mantissa % 10 == 0) {
            mantissa /= 10;
            kept--;
        }
        if (exponent >= -5 && exponent < 15) {
            plain(out, mantissa, kept, exponent);
        } else {
            scientific(out, mantissa, kept, exponent);
        }
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

    /** mantissa has {@code kept} digits d₀d₁…; the value is d₀.d₁… × 10^exponent. */
    private static void plain(ByteSink out, long mantissa, int kept, int exponent) {
        if (exponent < 0) {
            out.ch('0').ch('.').zeros(-exponent - 1).digits(mantissa, kept);
            return;
        }
        int integerDigits = exponent + 1;
        if (kept <= integerDigits) {
            out.digits(mantissa, kept).zeros(integerDigits - kept);
            return;
        }
        long divisor = (long) POWERS[kept - integerDigits];
        out.digits(mantissa / divisor, integerDigits).ch('.').digits(mantissa % divisor, kept - integerDigits);
    }

    private static void scientific(ByteSink out, long mantissa, int kept, int exponent) {
        long divisor = (long) POWERS[kept - 1];
        out.digits(mantissa / divisor, 1);
        if (kept > 1) {
            out.ch('.').digits(mantissa % divisor, kept - 1);
        }
        out.ch('E').integer(exponent);
    }
}
