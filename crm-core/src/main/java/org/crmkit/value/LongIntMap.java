package org.crmkit.value;

import java.util.Arrays;

/**
 * An open-addressing hash map from {@code long} keys to dense indices 0, 1, 2, … in order of first
 * insertion, without boxing: the summary builder maps customer keys with it and the fitters map
 * distinct (x, t_x, T) rows.
 */
final class LongIntMap {

    private static final int ABSENT = -1;

    private long[] keys;
    private int[] values;
    private int size;
    private int mask;

    LongIntMap(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        allocate(capacity);
    }

    /** Number of distinct keys. */
    int size() {
        return size;
    }

    /** The index of {@code key}, giving it the next index if it is new. */
    int indexOf(long key) {
        int slot = slot(key);
        while (true) {
            int value = values[slot];
            if (value == ABSENT) {
                values[slot] = size;
                keys[slot] = key;
                size++;
                if (size * 2 > values.length) {
                    grow();
                }
                return size - 1;
            }
            if (keys[slot] == key) {
                return value;
            }
            slot = (slot + 1) & mask;
        }
    }

    /** The keys in index order. */
    long[] keysInOrder() {
        long[] ordered = new long[size];
        for (int slot = 0; slot < values.length; slot++) {
            if (values[slot] != ABSENT) {
                ordered[values[slot]] = keys[slot];
            }
        }
        return ordered;
    }

    private int slot(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & mask;
    }

    private void allocate(int capacity) {
        keys = new long[capacity];
        values = new int[capacity];
        Arrays.fill(values, ABSENT);
        mask = capacity - 1;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        allocate(oldValues.length * 2);
        for (int i = 0; i < oldValues.length; i++) {
            if (oldValues[i] != ABSENT) {
                int slot = slot(oldKeys[i]);
                while (values[slot] != ABSENT) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = oldKeys[i];
                values[slot] = oldValues[i];
            }
        }
    }
}
