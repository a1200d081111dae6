package org.crmkit.examples.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * A UTF-8 writer over a byte stream (the command line's standard output) that also takes bytes
 * as they are: a report formatted as UTF-8 bytes goes to the stream without being decoded into a
 * {@code String} and encoded again, which made {@code crm analyze} of a million customers take
 * 1.305 s on standard output against 1.005 s now (medians of six runs; README, crm analyze, 2026-12-07).
 */
final class ByteWriter extends PrintWriter {

    private final OutputStream bytes;

    ByteWriter(OutputStream bytes) {
        super(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), true);
        this.bytes = bytes;
    }

    /** Writes the chunk's bytes after the text written so far. */
    void write(ByteSink chunk) throws IOException {
        flush();
        chunk.writeTo(bytes);
    }
}
