package org.crmkit.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.ref.Reference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The points ledger on the in-memory storage, one thread, each measurement in a JVM of its own: the
 * core's own cost, the row of issue 12's table that has no database. Two collectors take turns,
 * child JVM by child JVM: ParallelGC with a young generation of 1 GB (a JVM set up for
 * throughput) and the JVM's default G1, both in a heap of {@value #HEAP}, so the run shows what the
 * collector makes of the same work.
 *
 * <p>Each child first runs {@code --warmup} storages, then {@code --storages} more, each a new
 * in-memory storage taking {@code --steps} earn + redeem pairs (two operations a step, the same
 * step as {@link LedgerBenchmark}'s); setting a storage up is not timed. It prints the median over
 * the measured storages of the operations a second (wall time) and the CPU an operation (the
 * thread's own). Then one storage all along takes {@code --one-storage} operations: a storage keeps
 * every entry, receipt, lot, timeline line and pending event, so the heap grows all the while and
 * the collector copies what it keeps; the child prints that rate and the heap the storage holds
 * after a collection.
 *
 * <p>Run: {@code mvn -B -q -DskipTests package exec:exec@ledger-memory -pl benchmarks -am}.
 */
public final class InMemoryLedgerBenchmark {

    private static final String HEAP = "3g";
    private static final List<List<String>> COLLECTORS = List.of(
            List.of("-XX:+UseParallelGC", "-Xmn1g"),
            List.of("-XX:+UseG1GC"));
    private static final String RESULT = "result ";

    private InMemoryLedgerBenchmark() {}

    public static void main(String[] args) throws Exception {
        System.setProperty("org.jboss.logging.provider", "slf4j");
        Options options = Options.parse(args);
        if (options.child) {
            System.out.println(RESULT + measure(options));
            return;
        }
        System.out.printf(Locale.ROOT, "crmkit in-memory ledger benchmark: %d CPUs, Java %s, heap %s, %d child JVMs per collector,"
                + " %d + %d storages of %,d steps each, one storage of %,d operations; load average %s%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), HEAP, options.jvms, options.warmup,
                options.storages, options.steps, options.oneStorage, AnalyzeBenchmark.loadAverage());
        System.out.println("in-memory storage, ledger operations on one thread, a child JVM a line (the goal: 300,000 a second)");
        for (int jvm = 0; jvm < options.jvms; jvm++) {
            // ABBA: the collectors' order turns with every child JVM of each
            for (int k = 0; k < COLLECTORS.size(); k++) {
                List<String> collector = COLLECTORS.get(jvm % 2 == 0 ? k : COLLECTORS.size() - 1 - k);
                System.out.printf(Locale.ROOT, "  %-34s %s%n", String.join(" ", collector), child(collector, args));
            }
        }
    }

    /** Runs the measurement in a child JVM with the collector's flags and returns its result line. */
    private static String child(List<String> collector, String[] args) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xms" + HEAP, "-Xmx" + HEAP));
        command.addAll(collector);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), InMemoryLedgerBenchmark.class.getName()));
        command.addAll(Arrays.asList(args));
        command.add("--child");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String result = null;
        List<String> other = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith(RESULT)) {
                    result = line.substring(RESULT.length());
                } else {
                    other.add(line);
                }
            }
        }
        int exit = process.waitFor();
        if (exit != 0 || result == null) {
            throw new IllegalStateException("the child JVM " + command + " ended with " + exit + ":\n" + String.join("\n", other));
        }
        return result;
    }

    /** The child's measurement, as one line. */
    private static String measure(Options options) {
        double[] rates = new double[options.storages];
        double[] micros = new double[options.storages];
        for (int s = -options.warmup; s < options.storages; s++) {
            Timed run = Timed.of(LedgerWorkloads.inMemory(), 2L * options.steps);
            if (s >= 0) {
                rates[s] = run.rate();
                micros[s] = run.micros();
            }
        }
        LedgerWorkloads one = LedgerWorkloads.inMemory();
        Timed all = Timed.of(one, options.oneStorage);
        System.gc();
        long kept = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
        Reference.reachabilityFence(one); // the storage is what the heap holds, besides the JVM's own classes
        return String.format(Locale.ROOT, "new storages %,.0f ops/s, %.2f us of CPU an operation (medians of %d); one storage %,.0f"
                + " ops/s, %.2f us, then %,d bytes of heap an operation", median(rates), median(micros), options.storages, all.rate(),
                all.micros(), kept / all.operations());
    }

    /** Operations a second of wall time and microseconds of the thread's CPU an operation, over {@code operations} operations. */
    private record Timed(double rate, double micros, long operations) {

        /** Runs ledger steps (two operations each) on {@code w} until at least {@code operations} are done. */
        static Timed of(LedgerWorkloads w, long operations) {
            ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
            long wallStart = System.nanoTime();
            long cpuStart = cpu.getCurrentThreadCpuTime();
            long done = 0;
            for (long i = 0; done < operations; i++) {
                done += w.ledgerStep(0, i);
            }
            return new Timed(done / ((System.nanoTime() - wallStart) / 1e9), (cpu.getCurrentThreadCpuTime() - cpuStart) / 1e3 / done, done);
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /** Command-line options. */
    private record Options(int jvms, int warmup, int storages, int steps, long oneStorage, boolean child) {

        static Options parse(String[] args) {
            int jvms = 2;
            int warmup = 10;
            int storages = 15;
            int steps = 50_000;
            long oneStorage = 1_000_000;
            boolean child = false;
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--jvms" -> jvms = Integer.parseInt(args[++i]);
                    case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                    case "--storages" -> storages = Integer.parseInt(args[++i]);
                    case "--steps" -> steps = Integer.parseInt(args[++i]);
                    case "--one-storage" -> oneStorage = Long.parseLong(args[++i]);
                    case "--child" -> child = true;
                    default -> throw new IllegalArgumentException("unknown option " + args[i]
                            + "; known: --jvms N --warmup N --storages N --steps N --one-storage N");
                }
            }
            if (jvms < 1 || warmup < 0 || storages < 1 || steps < 1 || oneStorage < 1) {
                throw new IllegalArgumentException("--jvms, --storages, --steps and --one-storage must be 1 or more, --warmup 0 or"
                        + " more");
            }
            return new Options(jvms, warmup, storages, steps, oneStorage, child);
        }
    }
}
