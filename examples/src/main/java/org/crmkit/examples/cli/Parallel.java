package org.crmkit.examples.cli;

import java.util.stream.IntStream;

/** Runs work over index ranges in fixed chunks on the common fork-join pool. */
final class Parallel {

    static final int CHUNK = 16_384;

    /** Work on indices [from, to). */
    @FunctionalInterface
    interface Range {
        void run(int from, int to);
    }

    private Parallel() {}

    /** Runs {@code work} over [0, size) in chunks of {@link #CHUNK}, on all cores. */
    static void forRanges(int size, Range work) {
        int chunks = (size + CHUNK - 1) / CHUNK;
        IntStream.range(0, chunks).parallel().forEach(c -> work.run(c * CHUNK, Math.min(size, (c + 1) * CHUNK)));
    }
}
