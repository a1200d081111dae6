package org.crmkit.value.btyd;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.crmkit.value.btyd.internal.ChunkedSums;
import org.crmkit.value.btyd.internal.LongIntMap;

/**
 * The distinct (x, t_x, T) histories of a summary with how many customers share each, and which
 * one each customer has. Fitting and scoring work on these: customers summarised from dated
 * transactions share few distinct ages and recencies, so a million customers are typically a
 * hundred thousand histories.
 */
final class DistinctHistories {

    /** Customers per stretch at least, so that a stretch finds far fewer histories than it has customers. */
    private static final int STRETCH_MIN = 1 << 17;
    /** Bits no {@code Double.doubleToLongBits} returns (a NaN it does not canonicalise to): "no value looked up yet". */
    private static final long NO_BITS = 0x7ff0_0000_0000_0001L;

    /** Customer (input entry) → its history. */
    final int[] rowOfCustomer;
    /** Per history: frequency, recency, age, and the number (total weight) of customers sharing it. */
    final int[] x;
    final double[] tx;
    final double[] age;
    final double[] count;
    /** Per history: index of its age in {@link #ages} and of its recency in {@link #recencies}. */
    final int[] ageOfRow;
    final int[] recencyOfRow;
    /** The distinct ages and recencies. */
    final double[] ages;
    final double[] recencies;

    private DistinctHistories(int[] rowOfCustomer, int rows, int[] x, double[] tx, double[] age, double[] count,
            int[] ageOfRow, int[] recencyOfRow, LongIntMap ageIndex, LongIntMap recencyIndex) {
        this.rowOfCustomer = rowOfCustomer;
        this.x = Arrays.copyOf(x, rows);
        this.tx = Arrays.copyOf(tx, rows);
        this.age = Arrays.copyOf(age, rows);
        this.count = Arrays.copyOf(count, rows);
        this.ageOfRow = Arrays.copyOf(ageOfRow, rows);
        this.recencyOfRow = Arrays.copyOf(recencyOfRow, rows);
        this.ages = values(ageIndex);
        this.recencies = values(recencyIndex);
    }

    /** Number of distinct histories. */
    int size() {
        return x.length;
    }

    /**
     * Groups customers by history; {@code weights} (or {@code null} for one each) count customers.
     * Histories, ages and recencies are numbered in order of first appearance, as one pass in
     * customer order would number them: stretches of customers find their own distinct histories on
     * all cores, then those are numbered stretch by stretch. Without weights a stretch counts its own customers per
     * history (whole numbers, so adding them up stretch by stretch is exact); weights are added in customer order.
     *
     * @throws IllegalArgumentException beyond 65,535 purchases or 2^24 distinct ages or recencies
     */
    static DistinctHistories of(int[] frequency, double[] recency, double[] ages, double[] weights) {
        int n = frequency.length;
        int stretches = Math.max(1, Math.min(2 * Runtime.getRuntime().availableProcessors(), n / STRETCH_MIN));
        Growing[] local = new Growing[stretches];
        int[] localRow = new int[n];
        IntStream.range(0, stretches).parallel().forEach(s -> local[s] = distinct(frequency, recency, ages,
                (int) ((long) n * s / stretches), (int) ((long) n * (s + 1) / stretches), localRow));
        int found = 16; // the stretches' histories together, as many as there can be in all: nothing below grows
        for (Growing mine : local) {
            found += mine.size;
        }
        Growing rows = new Growing(found);
        LongIntMap ageIndex = rows.ageIndex;
        LongIntMap recencyIndex = rows.recencyIndex;
        // a stretch's ages and recencies were numbered in order of first appearance there, which is the order in which its
        // histories first show them: renumbering them in that order, stretch by stretch, is what one pass over the customers
        // would do
        int[][] globalAge = new int[stretches][];
        for (int s = 0; s < stretches; s++) {
            globalAge[s] = renumbered(local[s].ageIndex, ageIndex);
        }
        // Only a history whose age more than one stretch has can be found by two stretches (the stretch's own are distinct),
        // so only those are looked up among the rows found before; customers numbered in order of first purchase give each
        // stretch ages of its own but for a run across a boundary, and then almost nothing is looked up here.
        boolean[] sharedAge = sharedAges(globalAge, ageIndex.size());
        int sharedRows = 0; // the stretches' histories of shared ages: the most the index can hold, so it never grows
        for (int s = 0; s < stretches; s++) {
            for (int j = 0; j < local[s].size; j++) {
                if (sharedAge[globalAge[s][local[s].ageOfRow[j]]]) {
                    sharedRows++;
                }
            }
        }
        LongIntMap sharedIndex = new LongIntMap(sharedRows);
        int[] rowOfShared = new int[sharedRows];
        int[][] rowOfLocal = new int[stretches][];
        for (int s = 0; s < stretches; s++) {
            Growing mine = local[s];
            int[] globalRecency = renumbered(mine.recencyIndex, recencyIndex);
            rowOfLocal[s] = new int[mine.size];
            for (int j = 0; j < mine.size; j++) {
                int a = globalAge[s][mine.ageOfRow[j]];
                int r = globalRecency[mine.recencyOfRow[j]];
                int row = rows.size;
                if (sharedAge[a]) {
                    int known = sharedIndex.size();
                    int k = sharedIndex.indexOf(key(mine.x[j], r, a));
                    if (k == known) {
                        rowOfShared[k] = row;
                    } else {
                        row = rowOfShared[k];
                    }
                }
                if (row == rows.size) {
                    rows.add(mine.x[j], mine.tx[j], mine.age[j], a, r);
                }
                rows.count[row] += mine.count[j];
                rowOfLocal[s][j] = row;
            }
        }
        int[] rowOfCustomer = new int[n];
        IntStream.range(0, stretches).parallel().forEach(s -> {
            for (int i = (int) ((long) n * s / stretches), to = (int) ((long) n * (s + 1) / stretches); i < to; i++) {
                rowOfCustomer[i] = rowOfLocal[s][localRow[i]];
            }
        });
        if (weights != null) {
            Arrays.fill(rows.count, 0);
            for (int i = 0; i < n; i++) {
                rows.count[rowOfCustomer[i]] += weights[i];
            }
        }
        return new DistinctHistories(rowOfCustomer, rows.size, rows.x, rows.tx, rows.age, rows.count, rows.ageOfRow,
                rows.recencyOfRow, ageIndex, recencyIndex);
    }

    /** Per age (its global index), whether more than one of the stretches, given by their ages' global indices, has it. */
    private static boolean[] sharedAges(int[][] globalAgeOfStretch, int ages) {
        int[] stretchesOfAge = new int[ages];
        for (int[] stretchAges : globalAgeOfStretch) {
            for (int a : stretchAges) {
                stretchesOfAge[a]++;
            }
        }
        boolean[] shared = new boolean[ages];
        for (int a = 0; a < ages; a++) {
            shared[a] = stretchesOfAge[a] > 1;
        }
        return shared;
    }

    /**
     * The distinct histories of customers [from, to) in order of first appearance, each customer's written to {@code
     * localRow}. Customers numbered in order of first purchase come in runs of one age, and those without repeats in
     * runs of one history, so the last age, recency and history are looked up before the hash maps. A run whose age
     * is new to the stretch can only find new histories, so it numbers them in a small table of its own that stays in
     * the CPU cache ({@link RunRows}); only a run of an age seen before looks histories up among all the stretch's
     * (a hash map filled with the rows found so far when the first such run comes, and kept up to date from then on).
     */
    private static Growing distinct(int[] frequency, double[] recency, double[] ages, int from, int to, int[] localRow) {
        Growing rows = new Growing(Math.max(16, (to - from) / 3));
        RunRows run = new RunRows();
        LongIntMap rowIndex = null;
        long lastAge = NO_BITS;
        long lastRecency = NO_BITS;
        long lastKey = -1;
        int a = -1;
        int r = -1;
        int row = -1;
        boolean newAge = false;
        int runStart = 0;
        for (int i = from; i < to; i++) {
            long ageBits = Double.doubleToLongBits(ages[i] + 0.0);
            if (ageBits != lastAge) {
                int known = rows.ageIndex.size();
                a = rows.ageIndex.indexOf(ageBits);
                lastAge = ageBits;
                newAge = a == known;
                if (newAge) {
                    run.clear();
                    runStart = rows.size;
                } else {
                    rowIndex = indexed(rows, rowIndex, to - from);
                }
            }
            long recencyBits = Double.doubleToLongBits(recency[i] + 0.0);
            if (recencyBits != lastRecency) {
                r = rows.recencyIndex.indexOf(recencyBits);
                lastRecency = recencyBits;
            }
            checkArgument(frequency[i] >= 0 && frequency[i] < (1 << 16) && a < (1 << 24) && r < (1 << 24),
                    "customer %s: frequency must be in [0, 65536) and there may be at most 2^24 distinct ages and recencies", i);
            long key = key(frequency[i], r, a);
            if (key != lastKey) {
                row = newAge ? runStart + run.indexOf(((long) frequency[i] << 24) | r) : rowIndex.indexOf(key);
                lastKey = key;
                if (row == rows.size) {
                    rows.add(frequency[i], recency[i], ages[i], a, r);
                }
            }
            localRow[i] = row;
            rows.count[row]++;
        }
        return rows;
    }

    private static long key(int frequency, int recencyIndex, int ageIndex) {
        return ((long) frequency << 48) | ((long) recencyIndex << 24) | ageIndex;
    }

    /** {@code index} (made if null, for about {@code expected} histories) with every row of {@code rows} in it, in row order. */
    private static LongIntMap indexed(Growing rows, LongIntMap index, int expected) {
        LongIntMap all = index != null ? index : new LongIntMap(Math.max(16, expected / 3));
        for (int row = all.size(); row < rows.size; row++) {
            all.indexOf(key(rows.x[row], rows.recencyOfRow[row], rows.ageOfRow[row]));
        }
        return all;
    }

    /**
     * The histories of one run of customers with a new age, keyed by frequency and recency, numbered from 0 in order of
     * first appearance. An open-addressing table whose slots count as empty unless stamped with the current run, so
     * starting the next run costs nothing whatever the table's size.
     */
    private static final class RunRows {
        private long[] keys = new long[256];
        private int[] indices = new int[256];
        private int[] stamps = new int[256];
        private int stamp = 1;
        private int size;

        void clear() {
            stamp++;
            size = 0;
        }

        int indexOf(long key) {
            int mask = keys.length - 1;
            int slot = slot(key, mask);
            while (stamps[slot] == stamp) {
                if (keys[slot] == key) {
                    return indices[slot];
                }
                slot = (slot + 1) & mask;
            }
            keys[slot] = key;
            indices[slot] = size;
            stamps[slot] = stamp;
            size++;
            if (2 * size > keys.length) {
                grow();
            }
            return size - 1;
        }

        private static int slot(long key, int mask) {
            return LongIntMap.spread(key) & mask;
        }

        private void grow() {
            long[] oldKeys = keys;
            int[] oldIndices = indices;
            int[] oldStamps = stamps;
            keys = new long[oldKeys.length * 2];
            indices = new int[keys.length];
            stamps = new int[keys.length];
            int mask = keys.length - 1;
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldStamps[i] == stamp) {
                    int slot = slot(oldKeys[i], mask);
                    while (stamps[slot] == stamp) {
                        slot = (slot + 1) & mask;
                    }
                    keys[slot] = oldKeys[i];
                    indices[slot] = oldIndices[i];
                    stamps[slot] = stamp;
                }
            }
        }
    }

    /** For each key of {@code local} in index order, its index in {@code global} (numbering it there if new). */
    private static int[] renumbered(LongIntMap local, LongIntMap global) {
        long[] keys = local.keysInOrder();
        int[] indices = new int[keys.length];
        for (int k = 0; k < keys.length; k++) {
            indices[k] = global.indexOf(keys[k]);
            checkArgument(indices[k] < (1 << 24), "there may be at most 2^24 distinct ages and recencies");
        }
        return indices;
    }

    /** Column arrays that grow as histories are found, with the numbering of their ages and recencies. */
    private static final class Growing {
        final LongIntMap ageIndex = new LongIntMap(1024);
        final LongIntMap recencyIndex = new LongIntMap(1024);
        int size;
        int[] x;
        double[] tx;
        double[] age;
        double[] count;
        int[] ageOfRow;
        int[] recencyOfRow;

        Growing(int capacity) {
            x = new int[capacity];
            tx = new double[capacity];
            age = new double[capacity];
            count = new double[capacity];
            ageOfRow = new int[capacity];
            recencyOfRow = new int[capacity];
        }

        void add(int frequency, double recency, double ageValue, int ageIndex, int recencyIndex) {
            if (size == x.length) {
                int capacity = size * 2;
                x = Arrays.copyOf(x, capacity);
                tx = Arrays.copyOf(tx, capacity);
                age = Arrays.copyOf(age, capacity);
                count = Arrays.copyOf(count, capacity);
                ageOfRow = Arrays.copyOf(ageOfRow, capacity);
                recencyOfRow = Arrays.copyOf(recencyOfRow, capacity);
            }
            x[size] = frequency;
            tx[size] = recency;
            age[size] = ageValue;
            ageOfRow[size] = ageIndex;
            recencyOfRow[size] = recencyIndex;
            size++;
        }
    }

    private static double[] values(LongIntMap index) {
        long[] bits = index.keysInOrder();
        double[] values = new double[bits.length];
        for (int i = 0; i < bits.length; i++) {
            values[i] = Double.longBitsToDouble(bits[i]);
        }
        return values;
    }

    /** Computes one value per distinct history on all cores and hands each customer its history's value. */
    double[] perCustomer(HistoryFunction function) {
        double[] perRow = perRow(function);
        double[] values = new double[rowOfCustomer.length];
        for (int i = 0; i < values.length; i++) {
            values[i] = perRow[rowOfCustomer[i]];
        }
        return values;
    }

    /** Computes one value per distinct history, by history, on all cores. */
    double[] perRow(HistoryFunction function) {
        double[] perRow = new double[size()];
        ChunkedSums.forEach(perRow.length, true, (from, to) -> {
            for (int row = from; row < to; row++) {
                perRow[row] = function.apply(x[row], tx[row], age[row]);
            }
        });
        return perRow;
    }

    /** Σ over customers of a value per history, computed once per distinct history on all cores. */
    double sum(HistoryFunction function) {
        return ChunkedSums.sum(size(), 1, true, (from, to, sums) -> {
            for (int row = from; row < to; row++) {
                sums[0] += count[row] * function.apply(x[row], tx[row], age[row]);
            }
        })[0];
    }

    /** A quantity of one history. */
    @FunctionalInterface
    interface HistoryFunction {
        double apply(int x, double tx, double age);
    }
}
