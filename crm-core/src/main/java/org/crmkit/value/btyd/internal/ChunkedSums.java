package org.crmkit.value.btyd.internal;

import java.util.stream.IntStream;

/**
 * Splits index ranges into fixed chunks and adds the chunks' partial sums in chunk order, so a
 * sum is bit-for-bit the same whether the chunks ran on one thread or on all cores of the common
 * fork-join pool.
 */
public final class ChunkedSums {

    /** Rows per chunk: large enough to amortise scheduling, small enough to balance two cores. */
    public static final int CHUNK = 8192;

    /** Adds a range's contributions into {@code sums}. */
    @FunctionalInterface
    public interface RangeSum {
        /** Adds the contributions of indices {@code [from, to)} into {@code sums}. */
        void accumulate(int from, int to, double[] sums);
    }

    /** Does some work on a range (e.g. fills a table). */
    @FunctionalInterface
    public interface RangeWork {
        /** Works on indices {@code [from, to)}. */
        void run(int from, int to);
    }

    private ChunkedSums() {}

    /** The sums over {@code [0, size)} of {@code width} quantities. */
    public static double[] sum(int size, int width, boolean parallel, RangeSum body) {
        int chunks = Math.max(1, (size + CHUNK - 1) / CHUNK);
        double[][] partial = new double[chunks][width];
        IntStream indices = IntStream.range(0, chunks);
        (parallel && chunks > 1 ? indices.parallel() : indices)
                .forEach(c -> body.accumulate(c * CHUNK, Math.min(size, (c + 1) * CHUNK), partial[c]));
        double[] total = new double[width];
        for (double[] p : partial) {
            for (int i = 0; i < width; i++) {
                total[i] += p[i];
            }
        }
        return total;
    }

    /** Runs {@code work} over {@code [0, size)} in chunks. */
    public static void forEach(int size, boolean parallel, RangeWork work) {
        int chunks = Math.max(1, (size + CHUNK - 1) / CHUNK);
        IntStream indices = IntStream.range(0, chunks);
        (parallel && chunks > 1 ? indices.parallel() : indices)
                .forEach(c -> work.run(c * CHUNK, Math.min(size, (c + 1) * CHUNK)));
    }
}
