package org.crmkit.benchmarks;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.crmkit.Crm;
import org.crmkit.jdbc.JdbcStorage;
import org.crmkit.shared.Page;
import org.crmkit.shared.TenantId;
import org.crmkit.value.btyd.RepeatPurchaseSummary;
import org.crmkit.value.btyd.RepeatPurchaseSummaryBuilder;
import org.crmkit.value.scoring.ScoreCustomers;
import org.crmkit.value.scoring.ScoringReport;
import org.crmkit.value.scoring.ValueScoring;

/**
 * {@code ValueService.score} through a storage: the scoring run over simulated customers (CDNOW's
 * BG/NBD and Gamma-Gamma parameters and calendar), beside the time one bare SQL query takes to read
 * the same purchase rows in the order the run reads them (the floor). Customers and purchases are
 * loaded straight into the tables ({@link ScoringTenant}: {@code COPY} on PostgreSQL, SQL batches on H2); the run goes through {@code crm.value().score(...)}. After it, the
 * read a run starts with is timed both ways: the store's purchase-days aggregate and every purchase
 * row streamed into the Java summary builder, as scoring read before.
 *
 * <p>Run: {@code mvn -B -q -DskipTests package exec:exec@score-jdbc -pl benchmarks -am}
 * ({@code -Dscore.customers=100000} to shorten it, {@code -Dscore.databases=postgresql} to run one database); run
 * directly, {@code --warmup-customers N} scores N customers of another tenant first.
 */
public final class ScoreBenchmark {

    private static final TenantId TENANT = TenantId.of("score-bench");
    /** The tenant a warm-up run scores first ({@code --warmup-customers}). */
    private static final TenantId WARM_UP = TenantId.of("score-bench-warm-up");
    /** The tenant the bare job of the same read and writes runs on ({@link ScoreBaseline}). */
    private static final TenantId BARE_TENANT = TenantId.of("score-bench-bare");
    /** The clock of a scoring run: the day after the observation ends. */
    static final Instant NOW = Instant.parse("1998-07-01T00:00:00Z");

    private ScoreBenchmark() {}

    public static void main(String[] args) throws Exception {
        System.setProperty("org.jboss.logging.provider", "slf4j");
        int warmUp = 0;
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--warmup-customers") && i + 1 < args.length) {
                warmUp = Integer.parseInt(args[++i]);
            } else {
                rest.add(args[i]);
            }
        }
        BenchDatabase.Options options = BenchDatabase.Options.parse(rest.toArray(String[]::new), 1_000_000);
        int customers = options.customers();
        List<String> databases = options.databases();
        System.out.printf(Locale.ROOT, "crmkit scoring benchmark: %,d customers, max heap %d MB, %d CPUs%n", customers,
                Runtime.getRuntime().maxMemory() / (1024 * 1024), Runtime.getRuntime().availableProcessors());
        int size = customers;
        int warm = warmUp;
        BenchDatabase.forEach(databases, "bench-score-h2", 4, db -> run(db, size, warm));
    }

    /**
     * Loads and scores {@code customers} beside the floor and the bare job; first, if {@code warmUp} is above 0, scores
     * that many customers of another tenant, so that the measured run, like the bare job after it, runs on code the JIT
     * compilers have compiled (started cold, C2 took a third of the process's samples during a 100,000-customer run).
     */
    private static void run(BenchDatabase db, int customers, int warmUp) throws Exception {
        CountingDataSource counting = new CountingDataSource(db.dataSource);
        JdbcStorage storage = JdbcStorage.create(counting);
        Crm crm = Crm.builder().storage(storage).clock(Clock.fixed(NOW, ZoneOffset.UTC)).build();
        if (warmUp > 0) {
            ScoringTenant.load(db.dataSource, WARM_UP, warmUp);
            long warmStart = System.nanoTime();
            crm.value().score(ScoreCustomers.of(WARM_UP));
            System.out.printf(Locale.ROOT, "%s: warm-up, scored %,d customers of another tenant in %.1f s%n", db.name, warmUp,
                    (System.nanoTime() - warmStart) / 1e9);
        }
        long start = System.nanoTime();
        ScoringTenant.Loaded loaded = ScoringTenant.load(db.dataSource, TENANT, customers);
        System.out.printf(Locale.ROOT, "%s: loaded %,d customers and %,d purchases with %s in %.1f s%n", db.name, customers,
                loaded.purchases(), loaded.method(), (System.nanoTime() - start) / 1e9);
        double floor = ScanFloor.seconds(db.dataSource, "purchase rows", "SELECT order_id, customer_id, purchased_at, currency, paid, refunded"
                + " FROM crm_purchase WHERE tenant_id = ? ORDER BY tenant_id, customer_id, order_id", TENANT.value());
        long[] before = BareJob.count(db.dataSource, TENANT, ScoreBaseline.WRITTEN);
        PeakHeap.reset();
        counting.reset();
        ProcessCpu.Window cpu = ProcessCpu.Window.start();
        start = System.nanoTime();
        ScoringReport report = crm.value().score(ScoreCustomers.of(TENANT));
        double seconds = (System.nanoTime() - start) / 1e9;
        long[] written = BareJob.added(db.dataSource, TENANT, ScoreBaseline.WRITTEN, before);
        System.out.printf(Locale.ROOT, "%s: scoring %s%n", db.name, cpu.since());
        System.out.printf(Locale.ROOT, "%s: scored %,d customers in %.1f s = %,.0f customers/s; peak heap %d MB; bare SQL read of the"
                + " purchases %.2f s (scoring / floor = %.1fx); report %s%n", db.name, customers, seconds, customers / seconds,
                PeakHeap.megabytes(), floor, seconds / floor, report);
        printCalls(counting, customers);
        compareReads(crm, storage);
        // the same read and writes by a bare job, on a tenant loaded as the scored one was
        ScoringTenant.load(db.dataSource, BARE_TENANT, customers);
        db.analyze(); // the floor gets the statistics of a served database; scoring ran on those autovacuum left, if any
        double bare = ScoreBaseline.copying(db.dataSource, TENANT, written, customers).seconds(db.dataSource, BARE_TENANT);
        System.out.printf(Locale.ROOT, "%s: scoring wrote %,d value rows, %,d outbox and %,d timeline rows; scoring / bare job of the same"
                + " read and writes = %.1fx%n", db.name, written[0], written[1], written[2], seconds / bare);
    }

    /**
     * The JDBC calls of the run (statement executions, a batch counting once, and commits), by
     * statement, per page of {@value ValueScoring#PAGE} scored customers: where the dialect sends
     * statements together, each call is one round trip.
     */
    private static void printCalls(CountingDataSource counting, int customers) {
        int pages = (customers + ValueScoring.PAGE - 1) / ValueScoring.PAGE;
        Map<String, Integer> byStatement = new TreeMap<>();
        List.copyOf(counting.sql).forEach(sql -> byStatement.merge(sql.length() > 70 ? sql.substring(0, 70) : sql, 1, Integer::sum));
        System.out.printf(Locale.ROOT, "  JDBC calls of the run: %,d, %.1f per page of %d customers (%d pages):%n", counting.calls.get(),
                (double) counting.calls.get() / pages, ValueScoring.PAGE, pages);
        byStatement.forEach((sql, calls) -> System.out.printf(Locale.ROOT, "  %8.2f per page  %s%n", (double) calls / pages, sql));
    }

    /**
     * The read a scoring run starts with, both ways: the store's purchase days (one row per customer; on PostgreSQL aggregated by
     * the database, on H2 a row per customer and day folded in Java) and, as scoring read before, every purchase row streamed
     * into the summary builder.
     */
    private static void compareReads(Crm crm, JdbcStorage storage) {
        long start = System.nanoTime();
        long[] rows = new long[1];
        Page.forEach(request -> storage.laggingReads().inTransaction(() -> storage.purchases().purchaseDays(TENANT, NOW, crm.zone(), request)),
                1000, d -> rows[0]++);
        double aggregate = (System.nanoTime() - start) / 1e9;
        start = System.nanoTime();
        RepeatPurchaseSummaryBuilder builder = RepeatPurchaseSummary.builder(ValueScoring.window(NOW, crm.zone())).zone(crm.zone())
                .ignoreRowsAfterObservationEnd();
        long purchases = crm.value().forEachPurchase(TENANT, 0, 1, p -> {
            if (!p.fullyRefunded() && !p.purchasedAt().isAfter(NOW)) {
                builder.purchase(p.customerId().value(), p.purchasedAt(), p.net().amount().doubleValue());
            }
        });
        int summarised = builder.build().size();
        double streamed = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "  scoring's read: purchase days of %,d customers (Purchases.purchaseDays) in %.2f s;"
                + " every purchase row (%,d) streamed into the Java summary builder for %,d customers (the former path) in %.2f s%n",
                rows[0], aggregate, purchases, summarised, streamed);
    }
}
