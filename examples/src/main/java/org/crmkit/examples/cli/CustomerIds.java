package org.crmkit.examples.cli;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Customer ids as read from the file (raw UTF-8 bytes) mapped to dense indices 0, 1, 2, … in order
 * of first appearance, without a {@code String} per row. Ids live back to back in one byte arena;
 * an open-addressing table holds (key, index) pairs side by side, where the key of an id of up to
 * 7 bytes is the id itself packed into a long, so a lookup costs one memory access (a million
 * customers do not fit in the caches, and a miss per row would cost more than the parsing). A
 * longer id's key is its hash, confirmed against the arena. Ids that are plain numbers below
 * 2^24 without leading zeros (the common case) skip the table and the arena: a dense table indexed
 * by the number (4 bytes per possible id, so a million customers' lookups mostly hit the CPU cache)
 * gives the index, and the number is kept instead of its text. The dense table is made in pages as
 * numbers come, so it grows without copying and holds no room for numbers never seen.
 */
final class CustomerIds {

    private static final int MAX_PACKED = 7;
    private static final long LONG_ID = 0xFFL << 56;
    private static final long EMPTY = -1;
    private static final int DENSE_LIMIT = 1 << 24;
    /** Numbers per page of the dense table: 2^16, a quarter megabyte of indices. */
    private static final int PAGE_BITS = 16;

    // every stretch of the file has its own ids, which hold only the ids that are not numbers (usually none): so all
    // start small and grow, rather than cost each stretch fresh memory it never uses
    private byte[] arena = new byte[256];
    private int arenaSize;
    /** Per id kept as text, in order of first appearance: where it starts in the arena; one more entry ends the last. */
    private int[] textOffsets = new int[65];
    private int texts;
    /** Per index: the id as a number, or −1 − its place among the ids kept as text. */
    private int[] keys = new int[64];
    private int size;
    private long[] table;
    private int shift;
    /** Per page of 2^{@value #PAGE_BITS} numbers, made when one of them first comes: number → its index + 1, or 0. */
    private int[][] dense = new int[0][];

    CustomerIds() {
        allocate(7);
    }

    /** Number of distinct ids. */
    int size() {
        return size;
    }

    /** The index of the id in {@code bytes[from, to)}, giving it the next index if it is new. */
    int indexOf(byte[] bytes, int from, int to) {
        int number = number(bytes, from, to);
        if (number >= 0) {
            return indexOfNumber(number);
        }
        long key = key(bytes, from, to);
        int mask = table.length - 1;
        int slot = slot(key);
        while (true) {
            long index = table[slot + 1];
            if (index == EMPTY) {
                int added = appendText(bytes, from, to);
                table[slot] = key;
                table[slot + 1] = added;
                if (2L * size * 2 > table.length) {
                    allocate(Integer.numberOfTrailingZeros(table.length));
                }
                return added;
            }
            if (table[slot] == key && ((key & LONG_ID) != LONG_ID || sameText((int) index, bytes, from, to))) {
                return (int) index;
            }
            slot = (slot + 2) & mask;
        }
    }

    /** The index of the id that is {@code number} written in decimal, giving it the next index if it is new. */
    int indexOfNumber(int number) {
        int page = number >>> PAGE_BITS;
        if (page >= dense.length) {
            dense = Arrays.copyOf(dense, Math.max(page + 1, 2 * dense.length));
        }
        int[] indices = dense[page];
        if (indices == null) {
            indices = new int[1 << PAGE_BITS];
            dense[page] = indices;
        }
        int slot = number & ((1 << PAGE_BITS) - 1);
        int stored = indices[slot];
        if (stored == 0) {
            stored = add(number) + 1;
            indices[slot] = stored;
        }
        return stored - 1;
    }

    /** Id {@code index} as text. */
    String text(int index) {
        return isNumber(index) ? Integer.toString(keys[index])
                : new String(arena, offset(index), length(index), StandardCharsets.UTF_8);
    }

    /** Length of id {@code index} in bytes. */
    int length(int index) {
        int key = keys[index];
        if (key >= 0) {
            return ByteSink.digits(key);
        }
        int text = -1 - key;
        return textOffsets[text + 1] - textOffsets[text];
    }

    /** Whether id {@code index}, one kept as text, is the bytes {@code bytes[from, to)}. */
    private boolean sameText(int index, byte[] bytes, int from, int to) {
        int start = offset(index);
        return Arrays.equals(arena, start, start + length(index), bytes, from, to);
    }

    /** Appends id {@code index}'s bytes to {@code out}. */
    void appendTo(int index, ByteSink out) {
        if (isNumber(index)) {
            out.integer(keys[index]);
        } else {
            out.bytes(arena, offset(index), length(index));
        }
    }

    /** Whether id {@code index} is a number (digits without a leading zero), so it needs no quoting or escaping. */
    boolean isNumber(int index) {
        return keys[index] >= 0;
    }

    /** The arena holding the ids that are not numbers; such an id {@code index} starts at {@link #offset(int)}. */
    byte[] arena() {
        return arena;
    }

    /** Where id {@code index}, one that is not a number, starts in {@link #arena()}. */
    int offset(int index) {
        return textOffsets[-1 - keys[index]];
    }

    /** The id as a number if it is digits without a leading zero and below the dense limit, else −1. */
    static int number(byte[] bytes, int from, int to) {
        int length = to - from;
        if (length > 8 || (bytes[from] == '0' && length > 1)) {
            return -1;
        }
        int value = 0;
        for (int i = from; i < to; i++) {
            int d = bytes[i] - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            value = value * 10 + d;
        }
        return value < DENSE_LIMIT ? value : -1;
    }

    private static long key(byte[] bytes, int from, int to) {
        int length = to - from;
        if (length <= MAX_PACKED) {
            long key = (long) length << 56;
            for (int i = 0; i < length; i++) {
                key |= (bytes[from + i] & 0xFFL) << (8 * i);
            }
            return key;
        }
        long h = 0x9E3779B97F4A7C15L;
        for (int i = from; i < to; i++) {
            h = (h ^ bytes[i]) * 0x100000001B3L;
        }
        return LONG_ID | (h & ~LONG_ID);
    }

    private int slot(long key) {
        return (int) ((key * 0x9E3779B97F4A7C15L) >>> shift) << 1;
    }

    /** Keeps the id in {@code bytes[from, to)} as text and gives it the next index. */
    private int appendText(byte[] bytes, int from, int to) {
        int length = to - from;
        if (arenaSize + length > arena.length) {
            arena = Arrays.copyOf(arena, Math.max(arena.length * 2, arenaSize + length));
        }
        System.arraycopy(bytes, from, arena, arenaSize, length);
        arenaSize += length;
        if (texts + 2 > textOffsets.length) {
            textOffsets = Arrays.copyOf(textOffsets, textOffsets.length * 2);
        }
        textOffsets[texts + 1] = arenaSize;
        return add(-1 - texts++);
    }

    /** Gives the next index to the id whose key ({@link #keys}) is {@code key}. */
    private int add(int key) {
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, keys.length * 2);
        }
        keys[size] = key;
        return size++;
    }

    /** A table of 2^bits (key, index) pairs holding the current entries. */
    private void allocate(int bits) {
        long[] old = table;
        table = new long[2 << bits];
        Arrays.fill(table, EMPTY);
        shift = 64 - bits;
        int mask = table.length - 1;
        for (int s = 0; old != null && s < old.length; s += 2) {
            if (old[s + 1] != EMPTY) {
                int slot = slot(old[s]);
                while (table[slot + 1] != EMPTY) {
                    slot = (slot + 2) & mask;
                }
                table[slot] = old[s];
                table[slot + 1] = old[s + 1];
            }
        }
    }
}
