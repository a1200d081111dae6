package org.crmkit.examples.cli;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.crmkit.value.btyd.CustomerForecasts;

/**
 * P(alive) and expected purchases as text, formatted once per distinct history rather than once per
 * customer: customers with the same history have the same two figures to the last bit, and a
 * million customers have some 200,000 histories, so the reports copy bytes for most rows instead of
 * formatting two numbers. Histories are formatted in chunks on all cores, one buffer per chunk.
 */
final class HistoryTexts {

    private static final int CHUNK_BITS = 13;
    /** Bytes of both texts of a history, about. */
    private static final int TEXT_GUESS = 28;

    private final ByteSink[] chunks;
    /** Per history: where its P(alive) text starts in its chunk's buffer, and the two texts' lengths. */
    private final int[] offsets;
    private final byte[] aliveLengths;
    private final byte[] expectedLengths;

    private HistoryTexts(ByteSink[] chunks, int[] offsets, byte[] aliveLengths, byte[] expectedLengths) {
        this.chunks = chunks;
        this.offsets = offsets;
        this.aliveLengths = aliveLengths;
        this.expectedLengths = expectedLengths;
    }

    /** The texts of every history of {@code forecasts}, each formatted from the first customer that has it. */
    static HistoryTexts of(CustomerForecasts forecasts) {
        int histories = forecasts.histories();
        int[] firstCustomer = new int[histories];
        Arrays.fill(firstCustomer, -1);
        for (int i = 0; i < forecasts.size(); i++) {
            int h = forecasts.history(i);
            if (firstCustomer[h] < 0) {
                firstCustomer[h] = i;
            }
        }
        int[] offsets = new int[histories];
        byte[] aliveLengths = new byte[histories];
        byte[] expectedLengths = new byte[histories];
        ByteSink[] chunks = new ByteSink[(histories + (1 << CHUNK_BITS) - 1) >>> CHUNK_BITS];
        IntStream.range(0, chunks.length).parallel().forEach(c -> {
            int from = c << CHUNK_BITS;
            int to = Math.min(histories, (c + 1) << CHUNK_BITS);
            ByteSink sink = new ByteSink(TEXT_GUESS * (to - from));
            for (int h = from; h < to; h++) {
                int i = firstCustomer[h];
                offsets[h] = sink.size();
                sink.decimal(forecasts.probabilityAlive(i));
                aliveLengths[h] = (byte) (sink.size() - offsets[h]);
                sink.decimal(forecasts.expectedPurchases(i));
                expectedLengths[h] = (byte) (sink.size() - offsets[h] - aliveLengths[h]);
            }
            chunks[c] = sink;
        });
        return new HistoryTexts(chunks, offsets, aliveLengths, expectedLengths);
    }

    /** Appends the P(alive) of history {@code h}. */
    void alive(int h, ByteSink out) {
        out.bytes(chunks[h >>> CHUNK_BITS], offsets[h], aliveLengths[h]);
    }

    /** Appends the expected purchases of history {@code h}. */
    void expected(int h, ByteSink out) {
        out.bytes(chunks[h >>> CHUNK_BITS], offsets[h] + aliveLengths[h], expectedLengths[h]);
    }
}
