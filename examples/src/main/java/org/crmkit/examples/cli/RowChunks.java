package org.crmkit.examples.cli;

import java.io.IOException;
import java.util.stream.IntStream;

/**
 * Formats rows 0 … n−1 in chunks on all cores and writes the chunks in order, {@value
 * #CHUNKS_AT_ONCE} at a time into buffers reused from wave to wave (fresh megabyte buffers per
 * chunk would each be a humongous allocation for G1 and cost a collection).
 */
final class RowChunks {

    private static final int ROWS_PER_CHUNK = 4096;
    private static final int CHUNKS_AT_ONCE = 16;
    private static final int BYTES_PER_ROW_GUESS = 160;

    /** Formats rows [from, to) into a sink. */
    @FunctionalInterface
    interface Formatter {
        void format(int from, int to, ByteSink out);
    }

    private RowChunks() {}

    static void write(int rows, Formatter formatter, ReportOutput out) throws IOException {
        int chunks = (rows + ROWS_PER_CHUNK - 1) / ROWS_PER_CHUNK;
        ByteSink[] buffers = new ByteSink[Math.min(chunks, CHUNKS_AT_ONCE)];
        for (int k = 0; k < buffers.length; k++) {
            buffers[k] = new ByteSink(ROWS_PER_CHUNK * BYTES_PER_ROW_GUESS);
        }
        for (int first = 0; first < chunks; first += CHUNKS_AT_ONCE) {
            int wave = Math.min(CHUNKS_AT_ONCE, chunks - first);
            int firstChunk = first;
            IntStream.range(0, wave).parallel().forEach(k -> {
                int from = (firstChunk + k) * ROWS_PER_CHUNK;
                buffers[k].clear();
                formatter.format(from, Math.min(rows, from + ROWS_PER_CHUNK), buffers[k]);
            });
            for (int k = 0; k < wave; k++) {
                out.write(buffers[k]);
            }
        }
    }
}
