package org.crmkit.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.crmkit.Crm;
import org.crmkit.inmemory.InMemoryStorage;
import org.crmkit.jdbc.JdbcStorage;
import org.crmkit.offer.card.CardExpiry;
import org.crmkit.offer.card.IssueCard;
import org.crmkit.offer.card.PayWithCard;
import org.crmkit.offer.card.RefundCardPayment;
import org.crmkit.offer.card.StoredValueService;
import org.crmkit.shared.Money;
import org.crmkit.shared.TenantId;

/**
 * Measures stored-value cards on H2 (file) and PostgreSQL: pay + refund throughput on 1 and 16
 * threads (each thread its own card, so the figure is the ledger's cost, not one row's lock queue),
 * beside a baseline measured in the same run: bare JDBC transactions each doing one INSERT and one
 * UPDATE. A pay and its refund count as two operations.
 *
 * <p>Run: {@code mvn -B -q -DskipTests package exec:java@card -pl benchmarks -am} (add {@code
 * -Dexec.args="--seconds 3 --databases h2"} to shorten). PostgreSQL refuses to run as root; as root only H2 is measured.
 */
public final class CardBenchmark {

    private static final TenantId TENANT = TenantId.of("bench");
    private static final Money TEN_YUAN = Money.of("10.00", "CNY");
    private static final int[] THREADS = {1, 16};

    private final StoredValueService cards;
    private final AtomicLong logIds = new AtomicLong();

    private CardBenchmark(Crm crm) {
        this.cards = crm.storedValue();
        for (int t = 0; t < THREADS[THREADS.length - 1]; t++) {
            cards.issue(new IssueCard(TENANT, "issue-" + t, "card-" + t, null, Money.of("1000000000.00", "CNY"), CardExpiry.never()));
        }
    }

    public static void main(String[] args) throws Exception {
        double seconds = 5;
        double warmup = 2;
        List<String> databases = List.of("h2", "postgresql");
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--seconds" -> seconds = Double.parseDouble(args[i + 1]);
                case "--warmup" -> warmup = Double.parseDouble(args[i + 1]);
                case "--databases" -> databases = List.of(args[i + 1].split(","));
                default -> throw new IllegalArgumentException("unknown option " + args[i] + "; known: --seconds N --warmup N --databases h2,postgresql");
            }
        }
        System.out.printf(Locale.ROOT, "crmkit card benchmark: %.0f s per measurement after %.0f s warm-up, %d CPUs, Java %s%n", seconds,
                warmup, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        List<String> report = new ArrayList<>();
        CardBenchmark memory = new CardBenchmark(Crm.builder().storage(new InMemoryStorage()).build());
        report.add(String.format(Locale.ROOT, "in-memory storage (reference, no database): %.0f card ops/s on 1 thread",
                Throughput.measure(1, warmup, seconds, memory::payAndRefund)));
        double s = seconds;
        double w = warmup;
        BenchDatabase.forEach(databases, "bench-card-h2", 20, db -> report.addAll(run(db, w, s)));
        System.out.println();
        report.forEach(System.out::println);
    }

    private static List<String> run(BenchDatabase db, double warmup, double seconds) throws Exception {
        CardBenchmark bench = new CardBenchmark(Crm.builder().storage(JdbcStorage.create(db.dataSource)).clock(Clock.systemUTC()).build());
        try (Connection c = db.dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE bench_log (id BIGINT PRIMARY KEY, account INT NOT NULL, amount BIGINT NOT NULL)");
            s.execute("CREATE TABLE bench_account (id INT PRIMARY KEY, balance BIGINT NOT NULL)");
            for (int i = 0; i < THREADS[THREADS.length - 1]; i++) {
                s.execute("INSERT INTO bench_account VALUES (" + i + ", 0)");
            }
        }
        List<String> lines = new ArrayList<>();
        lines.add(db.name + ": pay + refund throughput (card ops/s), baseline = bare JDBC transaction with one INSERT and one UPDATE");
        lines.add(String.format(Locale.ROOT, "  %-8s %14s %14s %8s", "threads", "card ops/s", "baseline tx/s", "ratio"));
        for (int threads : THREADS) {
            double baseline = Throughput.measure(threads, warmup, seconds, (thread, i) -> bench.bareTransaction(db, thread));
            double card = Throughput.measure(threads, warmup, seconds, bench::payAndRefund);
            String line = String.format(Locale.ROOT, "  %-8d %14.0f %14.0f %8.2f", threads, card, baseline, card / baseline);
            System.out.println(db.name + line);
            lines.add(line);
        }
        return lines;
    }

    /** One payment of 10 yuan from the thread's card and its full refund: two ledger operations. */
    private int payAndRefund(int thread, long iteration) {
        String key = thread + "-" + iteration + "-" + System.nanoTime();
        cards.pay(new PayWithCard(TENANT, "p" + key, "card-" + thread, "o" + key, TEN_YUAN));
        cards.refund(new RefundCardPayment(TENANT, "r" + key, "p" + key, TEN_YUAN));
        return 2;
    }

    /** One bare transaction: INSERT a log row, UPDATE the thread's account row. */
    private int bareTransaction(BenchDatabase db, int thread) throws Exception {
        try (Connection c = db.dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO bench_log (id, account, amount) VALUES (?, ?, ?)");
                    PreparedStatement update = c.prepareStatement("UPDATE bench_account SET balance = balance + ? WHERE id = ?")) {
                insert.setLong(1, logIds.incrementAndGet());
                insert.setInt(2, thread);
                insert.setLong(3, 10);
                insert.executeUpdate();
                update.setLong(1, 10);
                update.setInt(2, thread);
                update.executeUpdate();
            }
            c.commit();
        }
        return 1;
    }
}
