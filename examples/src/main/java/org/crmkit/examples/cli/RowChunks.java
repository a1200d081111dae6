package org.crmkit.examples.cli;

import java.io.IOException;
import java.util.stream.IntStream;

/**
 * Formats rows 0 … n−1 in chunks on all cores and writes the chunks in order, a few at a time so
 * the formatted text never holds more than {@value #CHUNKS_AT_ONCE} chunks.
 */
final class RowChunks {

    private static final int ROWS_PER_CHUNK = 8192;
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
        for (int first = 0; first < chunks; first += CHUNKS_AT_ONCE) {
            ByteSink[] formatted = IntStream.range(first, Math.min(chunks, first + CHUNKS_AT_ONCE)).parallel()
                    .mapToObj(c -> {
                        int from = c * ROWS_PER_CHUNK;
                        int to = Math.min(rows, from + ROWS_PER_CHUNK);
                        ByteSink sink = new ByteSink((to - from) * BYTES_PER_ROW_GUESS);
                        formatter.format(from, to, sink);
                        return sink;
                    })
                    .toArray(ByteSink[]::new);
            for (ByteSink chunk : formatted) {
                out.write(chunk);
            }
        }
    }
}
