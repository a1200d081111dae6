package org.crmkit.examples.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;

/** Where a report's bytes go: a file's stream, or the command's (captured) out writer. */
@FunctionalInterface
interface ReportOutput {

    /** Writes a chunk of whole lines. */
    void write(ByteSink chunk) throws IOException;

    static ReportOutput of(OutputStream out) {
        return chunk -> chunk.writeTo(out);
    }

    static ReportOutput of(PrintWriter out) {
        return chunk -> out.write(chunk.toString());
    }
}
