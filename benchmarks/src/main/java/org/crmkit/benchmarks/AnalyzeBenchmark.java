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
 * Times {@code crm analyze} end to end as a user runs it, in its own JVM, on an order CSV made by
 * {@link OrdersCsvGenerator}, from process start to the written output: {@code examples/bin/crm analyze
 * --orders F --format csv --out S} (the launcher, with its JVM settings and class-data archive) and
 * the plain {@code java -Xmx1g -jar examples/target/crm.jar ...} it replaced. Each run first times
 * the floor, a JVM that only reads the file's bytes ({@link ReadFloor}), and prints each time's
 * ratio to it. Prints the wall time, the CPU time of the process, its peak resident set size (VmHWM,
 * polled from /proc every 20 ms while it runs), the heap in use before its largest collection and
 * its largest committed heap (from its GC log, none when it never collects), and the launcher's
 * step timings.
 *
 * <p>Run: {@code mvn -B -q -DskipTests package exec:exec@analyze -pl examples,benchmarks -am} (100,000 and
 * 1,000,000 customers; {@code -Danalyze.customers=100000} for one size). Files are kept in
 * benchmarks/target/analyze and reused while their seed and size are the same.
 */
public final class AnalyzeBenchmark {

    private static final Pattern GC_LINE = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");

    private AnalyzeBenchmark() {}

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = List.of(100_000, 1_000_000);
        Path jar = Path.of("examples/target/crm.jar");
        Path launcher = Path.of("examples/bin/crm");
        Path dir = Path.of("target/analyze");
        String heap = "-Xmx1g";
        int runs = 3;
        long seed = 7;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--customers" -> sizes = parseSizes(args[i + 1]);
                case "--jar" -> jar = Path.of(args[i + 1]);
                case "--launcher" -> launcher = Path.of(args[i + 1]);
                case "--dir" -> dir = Path.of(args[i + 1]);
                case "--heap" -> heap = args[i + 1];
                case "--runs" -> runs = Integer.parseInt(args[i + 1]);
                case "--seed" -> seed = Long.parseLong(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + "; known: --customers 100000,1000000 --jar crm.jar --launcher bin/crm --dir DIR --heap -Xmx1g --runs 3"
                        + " --seed 7");
            }
        }
        Files.createDirectories(dir);
        System.out.printf(Locale.ROOT, "crm analyze benchmark: %d CPUs, %d runs per size, %s and java %s -jar %s; load average %s%n",
                Runtime.getRuntime().availableProcessors(), runs, launcher, heap, jar, loadAverage());
        for (int customers : sizes) {
            Path orders = dir.resolve("orders-" + customers + "-seed" + seed + ".csv");
            if (!Files.exists(orders)) {
                long rows = OrdersCsvGenerator.write(customers, seed, orders);
                System.out.printf(Locale.ROOT, "generated %s: %,d rows, %,d bytes%n", orders, rows, Files.size(orders));
            }
            Path scores = dir.resolve("scores-" + customers + ".csv");
            Path gcLog = dir.resolve("gc-" + customers + ".log");
            List<String> analyze = List.of("analyze", "--orders", orders.toString(), "--format", "csv", "--out", scores.toString());
            for (int run = 1; run <= runs; run++) {
                Timing floor = time(List.of("java", "-cp", System.getProperty("java.class.path"), ReadFloor.class.getName(),
                        orders.toString()), gcLog);
                Timing fast = time(concat(List.of(launcher.toString()), analyze), gcLog);
                Timing plain = time(concat(List.of("java", heap, "-jar", jar.toString()), analyze), gcLog);
                System.out.printf(Locale.ROOT, "%,d customers, run %d (load average %s):%n", customers, run, loadAverage());
                System.out.println("  floor, a JVM reading the file's bytes: " + floor.describe(floor));
                System.out.println("  " + launcher + " analyze: " + fast.describe(floor));
                System.out.println("  java " + heap + " -jar " + jar + " analyze: " + plain.describe(floor));
                if (run == 1) {
                    fast.log().lines().filter(line -> !line.startsWith("NOTE: Picked up"))
                            .forEach(line -> System.out.println("    " + line));
                }
            }
        }
    }

    /** One timed process: wall and CPU seconds, peak RSS and heap figures in MiB, its stderr. */
    private record Timing(double wall, double cpu, long peakRssMib, long heapBeforeLargestGcMib, long committedMib, String log) {

        String describe(Timing floor) {
            return String.format(Locale.ROOT, "wall %.2f s (%.1fx the floor), CPU (user + system, to the last poll) %.2f s,"
                    + " peak RSS %,d MiB, %s", wall, wall / floor.wall, cpu, peakRssMib, heapBeforeLargestGcMib < 0
                    ? "no collection" : String.format(Locale.ROOT, "heap used before the largest GC %,d MiB, committed at most %,d MiB",
                    heapBeforeLargestGcMib, committedMib));
        }
    }

    /** Runs {@code command} with its GC log in {@code gcLog} (through JDK_JAVA_OPTIONS, which every java launch reads). */
    private static Timing time(List<String> command, Path gcLog) throws IOException, InterruptedException {
        Path stderr = Files.createTempFile("crm-analyze", ".err");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(stderr.toFile());
        builder.environment().put("JDK_JAVA_OPTIONS", "-Xlog:gc:file=" + gcLog);
        long started = System.nanoTime();
        Process process = builder.start();
        Path proc = Path.of("/proc/" + process.pid());
        long peakRssKb = 0;
        long cpuTicks = 0;
        while (process.isAlive()) {
            peakRssKb = Math.max(peakRssKb, highWaterMarkKb(proc.resolve("status")));
            cpuTicks = Math.max(cpuTicks, ProcessCpu.ticks(proc.resolve("stat")));
            Thread.sleep(20);
        }
        int exit = process.waitFor();
        double wall = (System.nanoTime() - started) / 1e9;
        String log = Files.readString(stderr, StandardCharsets.UTF_8);
        Files.delete(stderr);
        if (exit != 0) {
            throw new IllegalStateException(String.join(" ", command) + " exited with " + exit + ": " + log);
        }
        long[] gc = gcPeaks(gcLog);
        return new Timing(wall, cpuTicks / (double) ProcessCpu.TICKS_PER_SECOND, peakRssKb / 1024, gc[0], gc[1], log);
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    /** The 1, 5 and 15 minute load averages, as /proc/loadavg gives them. */
    static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
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

    /** The largest heap in use before a collection (−1 without one), and the largest committed heap, in MiB. */
    private static long[] gcPeaks(Path gcLog) throws IOException {
        long used = -1;
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
