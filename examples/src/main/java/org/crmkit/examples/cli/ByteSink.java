package org.crmkit.examples.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A growable byte buffer that reports are formatted into, chunk by chunk, so rows can be formatted
 * on several threads and written in order. Numbers are written without {@code String}s.
 */
final class ByteSink {

    /** "00" to "99", two bytes each. */
    private static final byte[] PAIRS = new byte[200];

    static {
        for (int i = 0; i < 100; i++) {
            PAIRS[2 * i] = (byte) ('0' + i / 10);
            PAIRS[2 * i + 1] = (byte) ('0' + i % 10);
        }
    }

    private static final long EIGHT_DIGITS = 100_000_000L;
    /**
     * Slots of {@link #repeatedDecimal}'s cache: the million's recency alone takes some 550 values (whole days, in
     * weeks, over 78 weeks), so 256 slots thrashed; 2,048 keep recency, T and the CLVs of customers without repeats.
     */
    private static final int CACHE_BITS = 11;
    private static final int CACHE_SLOTS = 1 << CACHE_BITS;
    private static final int CACHED_TEXT = 24;

    private byte[] buf;
    private int size;
    /** {@link #repeatedDecimal}'s cache: per slot the value's bits, its text's length (0: empty) and its text. */
    private long[] cacheKeys;
    private int[] cacheLengths;
    private byte[] cacheTexts;

    ByteSink(int capacity) {
        buf = new byte[Math.max(16, capacity)];
    }

    /** Bytes written so far. */
    int size() {
        return size;
    }

    /** Appends an ASCII string. */
    ByteSink ascii(String s) {
        int n = s.length();
        ensure(n);
        for (int i = 0; i < n; i++) {
            buf[size++] = (byte) s.charAt(i);
        }
        return this;
    }

    /** Appends any string as UTF-8. */
    ByteSink text(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        return bytes(b, 0, b.length);
    }

    /** Appends {@code length} bytes of {@code b} from {@code from}. */
    ByteSink bytes(byte[] b, int from, int length) {
        ensure(length);
        System.arraycopy(b, from, buf, size, length);
        size += length;
        return this;
    }

    /** Appends {@code length} bytes of what {@code other} holds, from {@code from}. */
    ByteSink bytes(ByteSink other, int from, int length) {
        return bytes(other.buf, from, length);
    }

    /** Appends everything {@code other} holds. */
    ByteSink bytes(ByteSink other) {
        return bytes(other.buf, 0, other.size);
    }

    /** Appends one ASCII character. */
    ByteSink ch(char c) {
        ensure(1);
        buf[size++] = (byte) c;
        return this;
    }

    /** Appends {@code count} spaces. */
    ByteSink spaces(int count) {
        ensure(Math.max(0, count));
        for (int i = 0; i < count; i++) {
            buf[size++] = ' ';
        }
        return this;
    }

    /** Appends a whole number in decimal. */
    ByteSink integer(long value) {
        if (value == Long.MIN_VALUE) {
            return ascii(Long.toString(value));
        }
        if (value < 0) {
            ch('-');
            value = -value;
        }
        return digits(value, digits(value));
    }

    /**
     * Appends the last {@code count} decimal digits of {@code value} ≥ 0, with leading zeros. A
     * million rows of seven numbers make this the hottest loop of the output, and the C1 code
     * bin/crm runs divides for real (some 25 cycles a division): so two digits at a time, by a
     * multiplication and a shift in place of each division by 100, after splitting a value beyond
     * an int into int pieces of eight digits.
     */
    ByteSink digits(long value, int count) {
        ensure(count);
        int at = size + count;
        size += count;
        int left = count;
        long rest = value;
        while (left > 8 && rest > Integer.MAX_VALUE) {
            long high = rest / EIGHT_DIGITS;
            pairs(at, (int) (rest - high * EIGHT_DIGITS), 8);
            at -= 8;
            left -= 8;
            rest = high;
        }
        for (; left >= 2 && rest > Integer.MAX_VALUE; left -= 2) { // fewer digits asked than the value has
            long next = rest / 100;
            int pair = (int) (rest - next * 100);
            buf[--at] = PAIRS[2 * pair + 1];
            buf[--at] = PAIRS[2 * pair];
            rest = next;
        }
        if (left > 0) {
            pairs(at, (int) (rest > Integer.MAX_VALUE ? rest % 10 : rest), left);
        }
        return this;
    }

    /** Writes the last {@code count} digits of {@code value} ≥ 0 into the {@code count} bytes before {@code end}. */
    private void pairs(int end, int value, int count) {
        int at = end;
        int left = count;
        int rest = value;
        for (; left >= 2; left -= 2) {
            int next = byHundred(rest);
            int pair = rest - next * 100;
            buf[--at] = PAIRS[2 * pair + 1];
            buf[--at] = PAIRS[2 * pair];
            rest = next;
        }
        if (left == 1) {
            buf[--at] = (byte) ('0' + rest % 10);
        }
    }

    /**
     * Appends the first {@code count} of the twelve digits {@code high} (six, the first not 0) and {@code low} (six, with
     * leading zeros), with a decimal point after the first {@code point} if that is fewer than {@code count}.
     */
    ByteSink significand(int high, int low, int count, int point) {
        ensure(13);
        pairs(size + 6, high, 6);
        pairs(size + 12, low, 6);
        if (point < count) {
            for (int i = size + count; i > size + point; i--) {
                buf[i] = buf[i - 1];
            }
            buf[size + point] = '.';
            size++;
        }
        size += count;
        return this;
    }

    /** {@code value / 10} for 0 ≤ value ≤ Integer.MAX_VALUE, by a multiplication and a shift. */
    static int byTen(int value) {
        return (int) ((value * 0xCCCC_CCCDL) >>> 35);
    }

    /** {@code value / 100} for 0 ≤ value ≤ Integer.MAX_VALUE: (value · ⌈2^37 / 100⌉) >> 37 is exact for every 32-bit value. */
    private static int byHundred(int value) {
        return (int) ((value * 1_374_389_535L) >>> 37);
    }

    /** Appends {@code count} zeros. */
    ByteSink zeros(int count) {
        ensure(Math.max(0, count));
        for (int i = 0; i < count; i++) {
            buf[size++] = '0';
        }
        return this;
    }

    /** Appends {@code value} rounded to {@link DecimalText#SIGNIFICANT} significant digits. */
    ByteSink decimal(double value) {
        DecimalText.significant(this, value);
        return this;
    }

    /**
     * Appends {@code value} as {@link #decimal} does, through a cache of the texts of 2,048 recent
     * values: for columns with few distinct values, such as T and recency (a million customers have
     * a few hundred), most rows then copy bytes instead of formatting a number.
     */
    ByteSink repeatedDecimal(double value) {
        if (cacheLengths == null) {
            cacheKeys = new long[CACHE_SLOTS];
            cacheLengths = new int[CACHE_SLOTS];
            cacheTexts = new byte[CACHE_SLOTS * CACHED_TEXT];
        }
        long bits = Double.doubleToRawLongBits(value);
        int slot = (int) ((bits * 0x9E3779B97F4A7C15L) >>> (64 - CACHE_BITS));
        int length = cacheLengths[slot];
        if (length > 0 && cacheKeys[slot] == bits) {
            return bytes(cacheTexts, slot * CACHED_TEXT, length);
        }
        int start = size;
        decimal(value);
        if (size - start <= CACHED_TEXT) {
            cacheKeys[slot] = bits;
            cacheLengths[slot] = size - start;
            System.arraycopy(buf, start, cacheTexts, slot * CACHED_TEXT, size - start);
        }
        return this;
    }

    /** Appends {@code value} with exactly {@code decimals} decimals. */
    ByteSink fixed(double value, int decimals) {
        DecimalText.fixed(this, value, decimals);
        return this;
    }

    /** Writes the bytes to {@code out}. */
    void writeTo(OutputStream out) throws IOException {
        out.write(buf, 0, size);
    }

    /** The bytes as UTF-8 text. */
    @Override
    public String toString() {
        return new String(buf, 0, size, StandardCharsets.UTF_8);
    }

    /** Drops everything written. */
    void clear() {
        size = 0;
    }

    static int digits(long value) {
        int digits = 1;
        for (long bound = 10; digits < 19 && value >= bound; bound *= 10) {
            digits++;
        }
        return digits;
    }

    private void ensure(int more) {
        if (size + more > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + more));
        }
    }
}
