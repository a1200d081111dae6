package org.crmkit.examples.cli;

import java.util.Arrays;
import org.crmkit.value.RepeatPurchaseSummary;

/**
 * Groups customers by (frequency x, age T): the BG/NBD expectation of future purchases is a factor
 * that depends only on x, T and the horizon, times P(alive), which alone depends on the recency
 * (Fader, Hardie and Lee 2005, eq. 10). A million customers share a few thousand (x, T) pairs, so
 * the hypergeometric series runs per pair, not per customer.
 */
final class DistinctHistories {

    private final int[] group;
    private final int[] firstCustomer;
    private final int groups;

    private DistinctHistories(int[] group, int[] firstCustomer, int groups) {
        this.group = group;
        this.firstCustomer = firstCustomer;
        this.groups = groups;
    }

    /** Groups the customers of {@code summary} (T is a whole number of days in its unit). */
    static DistinctHistories of(RepeatPurchaseSummary summary) {
        int n = summary.size();
        double daysPerPeriod = summary.unit().days();
        int capacity = Integer.highestOneBit(Math.max(16, n)) << 1;
        long[] keys = new long[capacity];
        int[] slots = new int[capacity];
        Arrays.fill(slots, -1);
        int mask = capacity - 1;
        int[] group = new int[n];
        int[] first = new int[n];
        int groups = 0;
        for (int i = 0; i < n; i++) {
            long key = ((long) summary.frequency(i) << 32) | Math.round(summary.age(i) * daysPerPeriod);
            long h = key * 0x9E3779B97F4A7C15L;
            int slot = (int) (h ^ (h >>> 29)) & mask;
            while (slots[slot] >= 0 && keys[slot] != key) {
                slot = (slot + 1) & mask;
            }
            if (slots[slot] < 0) {
                keys[slot] = key;
                slots[slot] = groups;
                first[groups++] = i;
            }
            group[i] = slots[slot];
        }
        return new DistinctHistories(group, Arrays.copyOf(first, groups), groups);
    }

    /** Number of distinct (x, T) pairs. */
    int groups() {
        return groups;
    }

    /** The pair of customer {@code i}. */
    int groupOf(int i) {
        return group[i];
    }

    /** A customer of pair {@code g}, whose x and T are the pair's. */
    int customerOf(int g) {
        return firstCustomer[g];
    }
}
