package org.crmkit.benchmarks;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The floor of {@code crm analyze} on a file: a JVM that starts, reads every byte of the file and
 * counts its lines, nothing more. {@link AnalyzeBenchmark} runs it beside crm analyze and prints
 * the ratio.
 */
public final class ReadFloor {

    private ReadFloor() {}

    /** Reads {@code args[0]} and prints its line count. */
    public static void main(String[] args) throws IOException {
        long lines = 0;
        try (FileChannel channel = FileChannel.open(Path.of(args[0]), StandardOpenOption.READ)) {
            ByteBuffer buffer = ByteBuffer.allocate(1 << 20);
            byte[] bytes = buffer.array();
            for (int n = channel.read(buffer); n > 0; n = channel.read(buffer)) {
                for (int i = 0; i < n; i++) {
                    lines += bytes[i] == '\n' ? 1 : 0;
                }
                buffer.clear();
            }
        }
        System.out.println(lines);
    }
}
