package org.crmkit.benchmarks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Measures the points ledger on H2 (file) and PostgreSQL and prints the figures beside
 * baselines measured in the same run:
 *
 * <ol>
 *   <li>Earn + redeem throughput on 1, 4 and 16 threads (each thread its own account), against
 *       bare JDBC transactions each doing one INSERT and one UPDATE (target: ratio >= 0.5), and
 *       against bare JDBC transactions writing the rows an earn and a redemption write, one
 *       statement each ({@link LedgerBaseline}). Beside each rate, the CPU an operation took over
 *       the measured seconds, in the JVM (of it, the benchmark's threads) and in the PostgreSQL
 *       server, for all three: ratios that move less with the machine's load than the rates do.
 *       Every account first takes 50 operations of its kind, then the statistics are refreshed
 *       ({@code ANALYZE}; {@code -Dbench.analyze=false} skips it).
 *   <li>Balance read latency for an account with 10 entries and one with 100,000 entries.
 *       Target: within 1.5x of each other.
 * </ol>
 *
 * <p>The three throughputs of a thread count are measured in turn: the baseline, the same rows and
 * the ledger, then again, {@code --rounds} times (3 unless given), each spell {@code --seconds}
 * divided by the rounds long. A machine that slows down for a while then slows all three rather
 * than one, and the ratios keep closer to what the code does. Only the first spell of each warms up
 * for the whole {@code --warmup}; the others for half a second at most.
 *
 * <p>Run: {@code mvn -B -q -DskipTests package exec:java -pl benchmarks -am} (add {@code
 * -Dexec.args="--seconds 3 --history 20000 --databases h2"} to shorten, {@code --threads 1} to
 * measure one thread count). PostgreSQL refuses to
 * run as root; as root only H2 is measured.
 */
public final class LedgerBenchmark {

    private LedgerBenchmark() {}

    public static void main(String[] args) throws Exception {
        System.setProperty("org.jboss.logging.provider", "slf4j");
        Options options = Options.parse(args);
        System.out.printf(Locale.ROOT, "crmkit ledger benchmark: %d s per measurement after %.0f s warm-up, %d CPUs, Java %s%n",
                (long) options.seconds, options.warmup, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        List<String> report = new ArrayList<>();
        report.add(LedgerWorkloads.inMemoryReference(options));
        for (String database : options.databases) {
            if (database.equals("postgresql") && "root".equals(System.getProperty("user.name"))) {
                report.add("PostgreSQL: skipped, it refuses to run as root; run the benchmark as an unprivileged user");
                continue;
            }
            try (BenchDatabase db = database.equals("h2")
                    ? BenchDatabase.h2File(Path.of("target", "bench-h2"), 20)
                    : BenchDatabase.postgres(20)) {
                report.addAll(new LedgerWorkloads(db, options).run());
            }
        }
        System.out.println();
        report.forEach(System.out::println);
    }

    /** Command-line options. */
    record Options(double seconds, double warmup, int history, List<String> databases, int[] threads, int rounds) {

        static Options parse(String[] args) {
            double seconds = 5;
            double warmup = 2;
            int history = 100_000;
            List<String> databases = List.of("h2", "postgresql");
            int[] threads = {1, 4, 16};
            int rounds = 3;
            for (int i = 0; i + 1 < args.length; i += 2) {
                switch (args[i]) {
                    case "--seconds" -> seconds = Double.parseDouble(args[i + 1]);
                    case "--warmup" -> warmup = Double.parseDouble(args[i + 1]);
                    case "--history" -> history = Integer.parseInt(args[i + 1]);
                    case "--databases" -> databases = List.of(args[i + 1].split(","));
                    case "--threads" -> threads = Arrays.stream(args[i + 1].split(",")).mapToInt(Integer::parseInt).toArray();
                    case "--rounds" -> rounds = Integer.parseInt(args[i + 1]);
                    default -> throw new IllegalArgumentException("unknown option " + args[i]
                            + "; known: --seconds N --warmup N --history N --databases h2,postgresql --threads 1,4,16 --rounds N");
                }
            }
            if (rounds < 1) {
                throw new IllegalArgumentException("--rounds must be 1 or more but was " + rounds);
            }
            return new Options(seconds, warmup, history, databases, threads, rounds);
        }
    }
}
