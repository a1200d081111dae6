package org.crmkit.value.btyd.internal;

/**
 * An open-addressing hash map from {@code long} keys to dense indices 0, 1, 2, … in order of first
 * insertion, without boxing: the summary builder maps customer keys with it and the fitters map
 * distinct (x, t_x, T) rows. Each slot holds the key and its index side by side in one {@code
 * long[]}, so a lookup costs one cache miss, not two.
 */
public final class LongIntMap {

    private static final long ABSENT = -1;

    /** Slot i: key at 2i, index at 2i + 1 (−1 when the slot is free). */
    private long[] table;
    private int size;
    private int mask;

    /** An empty map sized for about {@code expected} keys; it grows as needed. */
    public LongIntMap(int expected) {
        allocate(Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1);
    }

    /** Number of distinct keys. */
    public int size() {
        return size;
    }

    /** The index of {@code key}, giving it the next index if it is new. */
    public int indexOf(long key) {
        int slot = slot(key);
        while (true) {
            long value = table[2 * slot + 1];
            if (value == ABSENT) {
                table[2 * slot] = key;
                table[2 * slot + 1] = size;
                size++;
                if (size * 2 > mask + 1) {
                    grow();
                }
                return size - 1;
            }
            if (table[2 * slot] == key) {
                return (int) value;
            }
            slot = (slot + 1) & mask;
        }
    }

    /** The keys in index order. */
    public long[] keysInOrder() {
        long[] ordered = new long[size];
        for (int slot = 0; slot <= mask; slot++) {
            long value = table[2 * slot + 1];
            if (value != ABSENT) {
                ordered[(int) value] = table[2 * slot];
            }
        }
        return ordered;
    }

    private int slot(long key) {
        return spread(key) & mask;
    }

    /**
     * The hash this map places {@code key} by, for tables of the same kind: the key's halves folded together, a
     * Fibonacci multiplication, and its halves folded again, so that every bit of the key moves the low bits a table
     * masks. (A multiplication alone carries no bit of a product below the bit it came from: with only the product's
     * halves folded, the bits of a key above bit 42 never reached a table of 2,048 slots. Doubles such as recencies of
     * k / 7 weeks differ there and hardly below: 546 of them, k = 0 to 545, took 170 probes a lookup on average, now 1.2.)
     */
    public static int spread(long key) {
        long h = (key ^ (key >>> 32)) * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }

    private void allocate(int capacity) {
        table = new long[2 * capacity];
        for (int slot = 0; slot < capacity; slot++) {
            table[2 * slot + 1] = ABSENT;
        }
        mask = capacity - 1;
    }

    private void grow() {
        long[] old = table;
        allocate((mask + 1) * 2);
        for (int i = 0; i < old.length; i += 2) {
            if (old[i + 1] != ABSENT) {
                int slot = slot(old[i]);
                while (table[2 * slot + 1] != ABSENT) {
                    slot = (slot + 1) & mask;
                }
                table[2 * slot] = old[i];
                table[2 * slot + 1] = old[i + 1];
            }
        }
    }
}
