package org.crmkit.examples.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;

/** Where a report's bytes go: a file's stream, or the command's (captured) out writer. */
@FunctionalInterface
interface ReportOutput {

    /** Writes a chunk of whole lines. */
    void write(ByteSink chunk) throws IOException;

    /** The stream, written to as it is. */
    static ReportOutput of(OutputStream out) {
        return chunk -> chunk.writeTo(out);
    }

    /** The writer's bytes as they are if it is a {@link ByteWriter}, else the chunks decoded as UTF-8 text. */
    static ReportOutput of(PrintWriter out) {
        if (out instanceof ByteWriter bytes) {
            return bytes::write;
        }
        return chunk -> out.write(chunk.toString());
    }
}
