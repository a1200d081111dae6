package org.crmkit.examples.demo;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lays a page out in the Debian package's Chromium ({@code chromium --headless}) and reads back
 * what {@code measure-charts.js}, injected into a copy of the page, measured of each chart. No
 * browser driver: the script writes its figures into the DOM and {@code --dump-dom} prints it.
 */
final class HeadlessChromium {

    private static final Pattern MEASURES = Pattern.compile("<pre id=\"chart-measures\">([^<]*)</pre>");

    private HeadlessChromium() {}

    /** One chart as the browser laid it out. */
    record Chart(String id, int marks, int visibleMarks, int hiddenNonZeroMarks, int xLabels, int visibleXLabels, int yLabels,
            int visibleYLabels) {

        static Chart parse(String line) {
            String[] f = line.trim().split(" ");
            return new Chart(f[0], Integer.parseInt(f[1]), Integer.parseInt(f[2]), Integer.parseInt(f[3]), Integer.parseInt(f[4]),
                    Integer.parseInt(f[5]), Integer.parseInt(f[6]), Integer.parseInt(f[7]));
        }
    }

    /** {@code chromium} on the PATH, as the Debian package installs it and {@code .ci/run} does when it is missing. */
    static Optional<Path> find() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, "chromium");
            if (!dir.isEmpty() && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** Lays out {@code html} (a copy is written under {@code work}) and returns every chart's measures, in page order. */
    static List<Chart> measure(String html, Path work) throws IOException, InterruptedException {
        Path chromium = find().orElseThrow(() -> new AssertionError("Chromium is not installed: this test lays the report out in a"
                + " real browser. Install the Debian package (apt-get install -y chromium); .ci/run installs it when it is missing."));
        Path page = work.resolve("measured-report.html");
        Files.writeString(page, html.replace("</body>", "<script>" + script() + "</script></body>"), StandardCharsets.UTF_8);
        Path log = work.resolve("chromium.log");
        Path dump = work.resolve("chromium-dom.html");
        // --no-sandbox: Chromium refuses to run as root (as CI does) with its sandbox
        Process process = new ProcessBuilder(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-dev-shm-usage", "--user-data-dir=" + work.resolve("chromium-profile"), "--dump-dom", page.toUri().toString())
                .redirectOutput(dump.toFile()).redirectError(log.toFile()).start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("Chromium did not finish within 60 s; its log is " + log);
        }
        Matcher m = MEASURES.matcher(Files.readString(dump, StandardCharsets.UTF_8));
        if (process.exitValue() != 0 || !m.find()) {
            throw new AssertionError("Chromium (exit " + process.exitValue() + ") printed no chart measures; its log: "
                    + Files.readString(log, StandardCharsets.UTF_8));
        }
        List<Chart> charts = new ArrayList<>();
        for (String line : m.group(1).split("\n")) {
            if (!line.isBlank()) {
                charts.add(Chart.parse(line));
            }
        }
        return charts;
    }

    private static String script() {
        try (InputStream in = HeadlessChromium.class.getResourceAsStream("measure-charts.js")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
