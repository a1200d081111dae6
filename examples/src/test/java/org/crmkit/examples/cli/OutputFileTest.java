package org.crmkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A report file ends as a truncating open leaves it, though its old contents are emptied on another thread. */
class OutputFileTest {

    @TempDir
    Path dir;

    @Test
    void a_longer_old_file_holds_only_what_was_written_and_stays_the_same_file() throws IOException {
        Path file = dir.resolve("scores.csv");
        Files.write(file, new byte[3_000_000]);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
        Object before = Files.readAttributes(file, BasicFileAttributes.class).fileKey();
        try (OutputStream out = OutputFile.open(file)) {
            out.write("customer_id\n".getBytes(StandardCharsets.US_ASCII));
            out.write('1');
            out.write("\n2\n".getBytes(StandardCharsets.US_ASCII), 0, 3);
        }
        assertThat(Files.readString(file)).isEqualTo("customer_id\n1\n2\n");
        assertThat(Files.readAttributes(file, BasicFileAttributes.class).fileKey()).isEqualTo(before);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-r-----");
    }

    @Test
    void a_new_file_is_created_and_nothing_written_leaves_an_old_one_empty() throws IOException {
        Path created = dir.resolve("new.csv");
        try (OutputStream out = OutputFile.open(created)) {
            out.write("x\n".getBytes(StandardCharsets.US_ASCII));
        }
        assertThat(Files.readString(created)).isEqualTo("x\n");
        Path old = dir.resolve("old.csv");
        Files.writeString(old, "old contents\n");
        OutputFile.open(old).close();
        assertThat(Files.size(old)).isZero();
    }

    @Test
    void a_device_is_written_as_a_plain_stream() throws IOException {
        try (OutputStream out = OutputFile.open(Path.of("/dev/null"))) {
            out.write(new byte[1024]);
        }
    }
}
