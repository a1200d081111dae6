package org.crmkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/**
 * The command line's standard output takes a report's bytes as they are ({@link ByteWriter}): what
 * it prints is, byte for byte, the UTF-8 of the text a plain writer captures, in every form, through
 * both readers of the arguments, with ids that are not ASCII or need quoting.
 */
class ByteWriterTest {

    @TempDir
    static Path dir;

    private static Path orders;

    @BeforeAll
    static void write_orders() {
        StringBuilder csv = new StringBuilder(OrderFiles.cdnowCsv());
        // ids of two, three and four UTF-8 bytes a character, one with a comma and a quote
        for (String id : List.of("Zoë", "客户-7", "\"a,b\"\"c\"", "🛒-1")) {
            csv.append(id).append(",1997-01-03,12.50\n").append(id).append(",1997-02-11,7.25\n");
        }
        orders = OrderFiles.write(dir, "orders.csv", csv.toString());
    }

    @Test
    void bytes_come_after_the_text_written_before_them() throws IOException {
        // given
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        ByteWriter out = new ByteWriter(stream);

        // when
        out.print("première "); // no line end: nothing flushes it on its own
        out.write(new ByteSink(16).text("ligne\n"));
        out.print("après");
        out.flush();

        // then
        assertThat(stream.toString(StandardCharsets.UTF_8)).isEqualTo("première ligne\naprès");
    }

    @ParameterizedTest
    @ValueSource(strings = {"table", "csv", "json", "table --summary-only", "csv --summary-only", "json --summary-only"})
    void standard_output_prints_the_bytes_of_the_text_a_writer_captures(String form) {
        // given
        List<String> args = new ArrayList<>(List.of("analyze", "--orders", orders.toString(), "--calibration-end", "1997-09-30",
                "--quiet", "--format"));
        args.addAll(List.of(form.split(" ")));
        String[] plain = args.toArray(String[]::new);
        args.addAll(List.of("--columns", "customer_id=customer_id")); // an option only picocli reads
        String[] picocliOnly = args.toArray(String[]::new);

        // when
        CrmRun captured = CrmRun.of(plain);
        ByteArrayOutputStream quick = new ByteArrayOutputStream();
        int quickExit = QuickAnalyze.run(plain, new ByteWriter(quick), new PrintWriter(new StringWriter())).orElseThrow();
        ByteArrayOutputStream picocli = new ByteArrayOutputStream();
        ByteWriter picocliOut = new ByteWriter(picocli);
        CommandLine crm = CrmCommand.commandLine().setOut(picocliOut).setErr(new PrintWriter(new StringWriter()));
        int picocliExit = crm.execute(picocliOnly);
        picocliOut.flush();

        // then
        assertThat(captured.exitCode()).isZero();
        assertThat(captured.out()).contains(form.contains("summary") ? "customers" : "客户-7");
        assertThat(quickExit).isZero();
        assertThat(picocliExit).isZero();
        assertThat(quick.toByteArray()).isEqualTo(captured.out().getBytes(StandardCharsets.UTF_8));
        assertThat(picocli.toByteArray()).isEqualTo(captured.out().getBytes(StandardCharsets.UTF_8));
    }
}
