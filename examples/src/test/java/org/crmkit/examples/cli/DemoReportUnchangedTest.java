package org.crmkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Speed work must not change a single number of the demo's report (issue 12): {@code crm demo} on an
 * H2 file with a fixed seed prints the same text report and writes the same HTML report as the
 * golden files under {@code src/test/resources/org/crmkit/examples/demo/golden}, recorded from the
 * code before the speed work.
 *
 * <p>Two figures of a run are not the report's and are masked before comparing: the tenant's
 * suffix (the wall-clock milliseconds that keep runs apart, {@code demo-42-<millis>}) on the first
 * line, and the HTML report's absolute path on the last. The progress bars and their timings go to
 * stderr, which is not compared.
 *
 * <p>A change that is meant to move the numbers (e.g. another default scoring model in {@code
 * ValueService}, which moves CLV and P(alive)) regenerates the golden files with {@code mvn -pl
 * examples -am test -Dtest=DemoReportUnchangedTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dcrmkit.demo.golden=write} (add {@code -Dcrmkit.demo.golden.full=true} for the 5,000-customer
 * run); review the text file's diff and commit it. Without that property the test fails on any
 * difference.
 */
class DemoReportUnchangedTest {

    private static final Path GOLDEN = Path.of("src/test/resources/org/crmkit/examples/demo/golden");
    private static final boolean WRITE = "write".equals(System.getProperty("crmkit.demo.golden"));

    @TempDir
    Path directory;

    @Test
    void five_hundred_seeded_customers_give_the_same_report_as_before() {
        assertSameReport("seed-42-500", "--customers", "500", "--seed", "42");
    }

    /** The README's run: {@code crm demo} at its defaults (5,000 customers, seed 2025), about a minute before issue 12. */
    @Test
    @EnabledIfSystemProperty(named = "crmkit.demo.golden.full", matches = "true")
    void the_default_five_thousand_customers_give_the_same_report_as_before() {
        assertSameReport("defaults-5000");
    }

    private void assertSameReport(String name, String... options) {
        // given
        String[] args = new String[options.length + 6];
        System.arraycopy(new String[] {"demo", "--quiet", "--jdbc-url", "jdbc:h2:file:" + directory.resolve("crmkit-demo"), "--out",
            directory.toString()}, 0, args, 0, 6);
        System.arraycopy(options, 0, args, 6, options.length);
        // when
        CrmRun run = inUsLocale(args);
        // then
        assertThat(run.exitCode()).as(run.err()).isZero();
        String text = masked(run.out());
        String html = sha256(read(directory.resolve("crm-demo-report.html")));
        if (WRITE) {
            write(GOLDEN.resolve(name + ".txt"), text);
            write(GOLDEN.resolve(name + ".html.sha256"), html + "\n");
        }
        assertThat(text).isEqualTo(read(GOLDEN.resolve(name + ".txt")));
        assertThat(html).as("SHA-256 of the HTML report").isEqualTo(read(GOLDEN.resolve(name + ".html.sha256")).strip());
    }

    /** The tenant's millisecond suffix and the HTML report's path are the run's, not the report's. */
    static String masked(String out) {
        return out.replaceFirst("tenant demo-(-?\\d+)-\\d+,", "tenant demo-$1-<millis>,")
                .replaceFirst("HTML report: [^\\n]*", "HTML report: <path>");
    }

    /** The text report formats with the default locale; the golden files were written in en-US. */
    private static CrmRun inUsLocale(String... args) {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.US);
        try {
            return CrmRun.of(args);
        } finally {
            Locale.setDefault(before);
        }
    }

    private static String sha256(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return String.format("%064x", new BigInteger(1, hash));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
