package org.crmkit.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times {@code crm analyze} end to end as a user runs it: a separate JVM ({@code java -Xmx1g -jar
 * examples/target/crm.jar analyze --orders F --format csv --out S}) on an order CSV made by {@link
 * OrdersCsvGenerator}, from process start to the written output. Prints the wall time, the CPU time
 * of the process, its peak resident set size (VmHWM, polled from /proc every 20 ms while it runs), the heap in
 * use before its largest collection and its largest committed heap (from its GC log), and the
 * command's own step timings.
 *
 * <p>Run: {@code mvn -B -q -DskipTests package exec:exec@analyze -pl examples,benchmarks -am} (100,000 and
 * 1,000,000 customers; {@code -Danalyze.customers=100000} for one size). Files are kept in
 * benchmarks/target/analyze and reused while their seed and size are the same.
 */
public final class AnalyzeBenchmark {

    /** USER_HZ of Linux on x86-64 and arm64, the unit of /proc/PID/stat times. */
    private static final int CLOCK_TICKS_PER_SECOND = 100;
    private static final Pattern GC_LINE = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");

    private AnalyzeBenchmark() {}

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = List.of(100_000, 1_000_000);
        Path jar = Path.of("examples/target/crm.jar");
        Path dir = Path.of("target/analyze");
        String heap = "-Xmx1g";
        int runs = 3;
        long seed = 7;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--customers" -> sizes = parseSizes(args[i + 1]);
                case "--jar" -> jar = Path.of(args[i + 1]);
                case "--dir" -> dir = Path.of(args[i + 1]);
                case "--heap" -> heap = args[i + 1];
                case "--runs" -> runs = Integer.parseInt(args[i + 1]);
                case "--seed" -> seed = Long.parseLong(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + "; known: --customers 100000,1000000 --jar crm.jar --dir DIR --heap -Xmx1g --runs 3 --seed 7");
            }
        }
        Files.createDirectories(dir);
        System.out.printf(Locale.ROOT, "crm analyze benchmark: %s, %d CPUs, %d runs per size, jar %s%n", heap,
                Runtime.getRuntime().availableProcessors(), runs, jar);
        for (int customers : sizes) {
            Path orders = dir.resolve("orders-" + customers + "-seed" + seed + ".csv");
            if (!Files.exists(orders)) {
                long rows = OrdersCsvGenerator.write(customers, seed, orders);
                System.out.printf(Locale.ROOT, "generated %s: %,d rows, %,d bytes%n", orders, rows, Files.size(orders));
            }
            for (int run = 1; run <= runs; run++) {
                time(jar, heap, orders, dir.resolve("scores-" + customers + ".csv"), dir.resolve("gc-" + customers + ".log"),
                        customers, run);
            }
        }
    }

    private static void time(Path jar, String heap, Path orders, Path scores, Path gcLog, int customers, int run)
            throws IOException, InterruptedException {
        List<String> command = List.of("java", heap, "-Xlog:gc:file=" + gcLog, "-jar", jar.toString(), "analyze", "--orders",
                orders.toString(), "--format", "csv", "--out", scores.toString());
        Path stderr = Files.createTempFile("crm-analyze", ".err");
        long started = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(false).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(stderr.toFile()).start();
        Path proc = Path.of("/proc/" + process.pid());
        long peakRssKb = 0;
        long cpuTicks = 0;
        while (process.isAlive()) {
            peakRssKb = Math.max(peakRssKb, highWaterMarkKb(proc.resolve("status")));
            cpuTicks = Math.max(cpuTicks, cpuTicks(proc.resolve("stat")));
            Thread.sleep(20);
        }
        int exit = process.waitFor();
        double wall = (System.nanoTime() - started) / 1e9;
        double cpu = cpuTicks / (double) CLOCK_TICKS_PER_SECOND;
        String log = Files.readString(stderr, StandardCharsets.UTF_8);
        Files.delete(stderr);
        if (exit != 0) {
            throw new IllegalStateException("crm analyze exited with " + exit + ": " + log);
        }
        long[] gc = gcPeaks(gcLog);
        System.out.printf(Locale.ROOT, "%,d customers, run %d: wall %.2f s, CPU (user + system, to the last poll) %s, peak RSS %,d MiB, heap used before the"
                        + " largest GC %,d MiB, committed at most %,d MiB; command: %s%n", customers, run, wall,
                String.format(Locale.ROOT, "%.2f s", cpu), peakRssKb / 1024, gc[0], gc[1],
                String.join(" ", command));
        if (run == 1) {
            log.lines().forEach(line -> System.out.println("    " + line));
        }
    }

    private static long highWaterMarkKb(Path status) {
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // the process ended between isAlive and the read
        }
        return 0;
    }

    /** utime + stime of the process in clock ticks (fields 14 and 15 of /proc/PID/stat). */
    private static long cpuTicks(Path stat) {
        try {
            String text = Files.readString(stat);
            String[] fields = text.substring(text.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** The largest heap in use before a collection, and the largest committed heap, in MiB. */
    private static long[] gcPeaks(Path gcLog) throws IOException {
        long used = 0;
        long committed = 0;
        if (Files.exists(gcLog)) {
            for (String line : Files.readAllLines(gcLog)) {
                Matcher m = GC_LINE.matcher(line);
                if (m.find()) {
                    used = Math.max(used, Long.parseLong(m.group(1)));
                    committed = Math.max(committed, Long.parseLong(m.group(3)));
                }
            }
            Files.delete(gcLog);
        }
        return new long[] {used, committed};
    }

    private static List<Integer> parseSizes(String text) {
        List<Integer> sizes = new ArrayList<>();
        for (String part : text.split(",")) {
            sizes.add(Integer.parseInt(part.trim()));
        }
        return sizes;
    }
}
