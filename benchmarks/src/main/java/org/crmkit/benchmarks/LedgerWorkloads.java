package org.crmkit.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.crmkit.Crm;
import org.crmkit.customer.Customer;
import org.crmkit.customer.RegisterCustomer;
import org.crmkit.customer.SourceChannel;
import org.crmkit.earning.EarningPolicy;
import org.crmkit.jdbc.JdbcStorage;
import org.crmkit.loyalty.CashRate;
import org.crmkit.loyalty.DebtPolicy;
import org.crmkit.loyalty.ExpiryPolicies;
import org.crmkit.loyalty.LoyaltyProgramme;
import org.crmkit.loyalty.PurchaseOrder;
import org.crmkit.loyalty.RedeemPoints;
import org.crmkit.loyalty.RedemptionLimits;
import org.crmkit.shared.ConflictException;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.Money;
import org.crmkit.shared.OperationObserver;
import org.crmkit.shared.ProgrammeId;
import org.crmkit.shared.TenantId;

/** The throughput and balance-latency measurements on one database. */
final class LedgerWorkloads {

    private static final TenantId TENANT = TenantId.of("bench");
    private static final Money TEN_YUAN = Money.of("10.00", "CNY");
    /** The shortest warm-up of the in-memory reference, in seconds. */
    private static final double IN_MEMORY_WARMUP_SECONDS = 10;

    private final BenchDatabase db;
    private final LedgerBenchmark.Options options;
    private final Crm crm;
    private final List<CustomerId> customers = new ArrayList<>();
    private final AtomicLong logIds = new AtomicLong();
    private final BareStatements bare = new BareStatements();
    /** Attempts the library's retry policy ran again after they lost an optimistic race. */
    private final LongAdder retried = new LongAdder();
    /** Bare transactions writing the rows an earn and a redemption write, on accounts of their own. */
    private LedgerBaseline sameRows;

    LedgerWorkloads(BenchDatabase db, LedgerBenchmark.Options options) {
        this.db = db;
        this.options = options;
        this.crm = Crm.builder().storage(JdbcStorage.create(db.dataSource)).clock(Clock.systemUTC())
                .observer(operation -> new OperationObserver.Operation() {
                    @Override
                    public void retried(ConflictException lost, int attempt) {
                        retried.increment();
                    }

                    @Override
                    public void ended(Throwable failure) {}
                })
                .build();
    }

    /**
     * The same ledger workload on the in-memory storage: what the core costs without a database, as
     * operations a second and as CPU time an operation (which other processes on the machine disturb
     * less than the rate). It warms up for at least {@value #IN_MEMORY_WARMUP_SECONDS} seconds, as
     * the JIT compilers took about that long to finish with the core: after a 2- or 3-second
     * warm-up it measured 14 to 25 microseconds an operation, after 10 seconds 7 to 14 (mostly under 9).
     * Then the CPU an operation once more, on a new storage every {@value #FRESH_STORAGE_STEPS} steps
     * ({@link #onNewStorages}).
     */
    static String inMemoryReference(LedgerBenchmark.Options options) throws Exception {
        String oneStorage = onOneStorage(options); // its storage, gigabytes by then, is garbage once this returns
        double[] freshMicros = onNewStorages(options);
        return String.format(Locale.ROOT, "%s; on a new storage every %,d operations %.1f microseconds (%.0f ops/s of CPU), with an"
                + " observer that does nothing %.1f", oneStorage, 2 * FRESH_STORAGE_STEPS, freshMicros[0], 1e6 / freshMicros[0], freshMicros[1]);
    }

    /** The workload on one in-memory storage all along: operations a second and CPU an operation. */
    private static String onOneStorage(LedgerBenchmark.Options options) throws Exception {
        LedgerWorkloads w = onNewStorage(options);
        double ops = Throughput.measure(1, Math.max(options.warmup(), IN_MEMORY_WARMUP_SECONDS), options.seconds(), w::ledgerStep);
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long done = 0;
        long cpuStart = cpu.getCurrentThreadCpuTime();
        long until = System.nanoTime() + (long) (options.seconds() * 1e9);
        for (long i = 0; System.nanoTime() < until; i++) {
            done += w.ledgerStep(0, -1 - i);
        }
        double micros = (cpu.getCurrentThreadCpuTime() - cpuStart) / 1e3 / done;
        return String.format(Locale.ROOT, "in-memory storage (reference, no database): %.0f ledger ops/s on 1 thread; %.1f microseconds of CPU"
                + " an operation (%.0f ops/s of CPU)", ops, micros, 1e6 / micros);
    }

    /** Steps (an earn and a redemption each) on one in-memory storage before {@link #onNewStorages} starts another. */
    private static final int FRESH_STORAGE_STEPS = 50_000;

    /**
     * The CPU an operation takes, in microseconds, on a new in-memory storage every {@value
     * #FRESH_STORAGE_STEPS} steps, for about the measurement's seconds: the core's own cost without the cost
     * of a store that keeps every entry, receipt, lot, timeline line and pending event of millions of
     * operations in a heap that grows all the while (fresh pages to touch, more for the collector to
     * copy). Setting each storage up is not counted. Storages without and with an {@link
     * OperationObserver} that does nothing take turns: the second figure is the first's plus what
     * observing costs.
     */
    private static double[] onNewStorages(LedgerBenchmark.Options options) {
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long[] spent = new long[2];
        long[] done = new long[2];
        long until = System.nanoTime() + (long) (options.seconds() * 1e9);
        for (int turn = 0; System.nanoTime() < until || turn < 2; turn++) {
            int observed = turn % 2;
            LedgerWorkloads w = onNewStorage(options, observed == 1);
            long started = cpu.getCurrentThreadCpuTime();
            for (int i = 0; i < FRESH_STORAGE_STEPS; i++) {
                done[observed] += w.ledgerStep(0, i);
            }
            spent[observed] += cpu.getCurrentThreadCpuTime() - started;
        }
        return new double[] {spent[0] / 1e3 / done[0], spent[1] / 1e3 / done[1]};
    }

    /** The ledger workload on a new in-memory storage, its programme defined and its customers registered. */
    private static LedgerWorkloads onNewStorage(LedgerBenchmark.Options options) {
        return onNewStorage(options, false);
    }

    /** The same, for {@link InMemoryLedgerBenchmark}: only {@link #ledgerStep} is run on it. */
    static LedgerWorkloads inMemory() {
        return onNewStorage(LedgerBenchmark.Options.parse(new String[0]), false);
    }

    /** The same, with an observer that does nothing if {@code observed}. */
    private static LedgerWorkloads onNewStorage(LedgerBenchmark.Options options, boolean observed) {
        Crm.Builder builder = Crm.builder().storage(new org.crmkit.inmemory.InMemoryStorage());
        if (observed) {
            builder.observer(operation -> failure -> {});
        }
        LedgerWorkloads w = new LedgerWorkloads(options, builder.build());
        w.setUpLedger();
        return w;
    }

    private LedgerWorkloads(LedgerBenchmark.Options options, Crm crm) {
        this.db = null;
        this.options = options;
        this.crm = crm;
    }

    List<String> run() throws Exception {
        setUp();
        // every thread's account takes 50 ledger operations and every same-rows account 50 of its own, then the statistics are
        // refreshed, as autovacuum would have in a system serving these rows, so that none is measured on plans made for empty
        // tables (-Dbench.analyze=false skips it)
        for (int thread = 0; thread < 16; thread++) {
            for (int i = 0; i < 50; i++) {
                ledgerStep(thread, -1 - i);
                sameRowsStep(thread, i);
                baselineStep(thread, i);
            }
        }
        db.analyze();
        List<String> lines = new ArrayList<>(roundTrips());
        lines.add(db.name + ": earn + redeem throughput (ops/s), baseline = bare JDBC transaction with one INSERT and one UPDATE;"
                + " same rows = bare JDBC transactions writing the rows an earn and a redemption write, a statement each (LedgerBaseline)");
        lines.add(String.format(Locale.ROOT, "  %-8s %14s %14s %8s %14s %8s   %s", "threads", "ledger ops/s", "baseline tx/s", "ratio",
                "same rows/s", "ratio", "CPU us an op, JVM (its threads) + server: ledger, baseline, same rows; their ratios to the"
                        + " ledger's; attempts retried (warm-ups included); each figure over " + options.rounds() + " rounds taken in turn"));
        for (int threads : options.threads()) {
            long retriedBefore = retried.sum();
            Throughput.Rate[] rates = Throughput.measureInTurn(threads, options.warmup(), options.seconds(), options.rounds(),
                    this::baselineStep, this::sameRowsStep, this::ledgerStep);
            long retries = retried.sum() - retriedBefore;
            Throughput.Rate baseline = rates[0];
            Throughput.Rate rows = rates[1];
            Throughput.Rate ledger = rates[2];
            String line = String.format(Locale.ROOT, "  %-8d %14.0f %14.0f %8.2f %14.0f %8.2f   %s, %s, %s; %.2f, %.2f; %d retried", threads,
                    ledger.perSecond(), baseline.perSecond(), ledger.perSecond() / baseline.perSecond(), rows.perSecond(),
                    ledger.perSecond() / rows.perSecond(), cpu(ledger), cpu(baseline), cpu(rows), baseline.cpuMicros() / ledger.cpuMicros(),
                    rows.cpuMicros() / ledger.cpuMicros(), retries);
            System.out.println(db.name + line);
            lines.add(line);
        }
        lines.addAll(balanceLatency());
        return lines;
    }

    /** The JDBC calls (statements and the commit) of one earn and one redemption, counted on a second instance over the same database. */
    private List<String> roundTrips() {
        CountingDataSource counting = new CountingDataSource(db.dataSource);
        Crm counted = Crm.builder().storage(JdbcStorage.create(counting)).clock(Clock.systemUTC()).build();
        CustomerId customer = customers.get(0);
        for (int i = 0; i < 20; i++) { // the programme and ladder read once, every statement prepared once
            counted.loyalty().earnForPurchase(PurchaseOrder.of(TENANT, customer, ProgrammeId.DEFAULT, "count-warm-" + i, TEN_YUAN));
            counted.loyalty().redeem(new RedeemPoints(TENANT, customer, ProgrammeId.DEFAULT, "count-warm-r" + i, 10, "bench-reward"));
        }
        List<String> lines = new ArrayList<>();
        counting.reset();
        counted.loyalty().earnForPurchase(PurchaseOrder.of(TENANT, customer, ProgrammeId.DEFAULT, "count-earn", TEN_YUAN));
        lines.add(db.name + ": JDBC calls of one earn (statements + commit): " + counting.calls.get() + "\n    " + String.join("\n    ", counting.sql));
        counting.reset();
        counted.loyalty().redeem(new RedeemPoints(TENANT, customer, ProgrammeId.DEFAULT, "count-redeem", 10, "bench-reward"));
        lines.add(db.name + ": JDBC calls of one redemption (statements + commit): " + counting.calls.get() + "\n    "
                + String.join("\n    ", counting.sql));
        return lines;
    }

    private void setUp() throws Exception {
        setUpLedger();
        try (Connection c = db.dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE bench_log (id BIGINT PRIMARY KEY, account INT NOT NULL, amount BIGINT NOT NULL)");
            s.execute("CREATE TABLE bench_account (id INT PRIMARY KEY, balance BIGINT NOT NULL)");
            for (int i = 0; i < 16; i++) {
                s.execute("INSERT INTO bench_account VALUES (" + i + ", 0)");
            }
        }
        List<CustomerId> baselineAccounts = new ArrayList<>();
        for (int i = 0; i < 16; i++) { // opened by crmkit with one earn each, then written by the same-rows baseline alone
            CustomerId customer = crm.customers().register(RegisterCustomer.of(TENANT, "baseline customer " + i, SourceChannel.APP)).id();
            crm.loyalty().earnForPurchase(PurchaseOrder.of(TENANT, customer, ProgrammeId.DEFAULT, "baseline-opening-" + i, TEN_YUAN));
            baselineAccounts.add(customer);
        }
        sameRows = LedgerBaseline.of(db.dataSource, TENANT, ProgrammeId.DEFAULT, baselineAccounts);
    }

    private void setUpLedger() {
        Currency cny = Currency.getInstance("CNY");
        crm.loyalty().defineProgramme(new LoyaltyProgramme(TENANT, ProgrammeId.DEFAULT, "points", CashRate.of(100, Money.of("1.00", "CNY")),
                RoundingMode.DOWN, ExpiryPolicies.never(), Duration.ZERO, Duration.ofMinutes(15), DebtPolicy.REPORT_SHORTFALL,
                RedemptionLimits.NONE, Crm.DEFAULT_ZONE, EarningPolicy.basic(cny, BigDecimal.ONE)));
        for (int i = 0; i < 18; i++) {
            Customer c = crm.customers().register(RegisterCustomer.of(TENANT, "bench customer " + i, SourceChannel.APP));
            customers.add(c.id());
        }
    }

    /** One bare transaction: INSERT a log row, UPDATE the thread's account row (statements kept per connection on H2, see {@link BareStatements}). */
    private int baselineStep(int thread, long iteration) throws Exception {
        try (Connection c = db.dataSource.getConnection()) {
            c.setAutoCommit(false);
            bare.update(c, "INSERT INTO bench_log (id, account, amount) VALUES (?, ?, ?)", logIds.incrementAndGet(), thread, 10L);
            bare.update(c, "UPDATE bench_account SET balance = balance + ? WHERE id = ?", 10L, thread);
            c.commit();
        }
        return 1;
    }

    /** One operation of {@link LedgerBaseline}: an earn's rows or a redemption's, alternately, on the thread's own account. */
    private int sameRowsStep(int thread, long iteration) throws Exception {
        sameRows.step(thread, iteration);
        return 1;
    }

    private static String cpu(Throughput.Rate rate) {
        return String.format(Locale.ROOT, "%.0f (%.0f) + %.0f", rate.jvmMicros(), rate.workerMicros(), rate.serverMicros());
    }

    /** One earn (a 10-yuan purchase, 10 points) and one redeem of those 10 points: two ledger operations. */
    int ledgerStep(int thread, long iteration) {
        CustomerId customer = customers.get(thread);
        String key = thread + "-" + iteration + "-" + System.nanoTime();
        crm.loyalty().earnForPurchase(PurchaseOrder.of(TENANT, customer, ProgrammeId.DEFAULT, "o" + key, TEN_YUAN));
        crm.loyalty().redeem(new RedeemPoints(TENANT, customer, ProgrammeId.DEFAULT, "r" + key, 10, "bench-reward"));
        return 2;
    }

    private List<String> balanceLatency() {
        CustomerId small = customers.get(16);
        CustomerId large = customers.get(17);
        buildHistory(small, 10);
        long started = System.nanoTime();
        buildHistory(large, options.history());
        double buildSeconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(Locale.ROOT, "%s: wrote a history of %d entries in %.1f s%n", db.name, options.history(), buildSeconds);

        int reads = 20_000;
        long[] smallNanos = new long[reads];
        long[] largeNanos = new long[reads];
        for (int warm = 0; warm < 5_000; warm++) {
            crm.loyalty().balance(TENANT, small, ProgrammeId.DEFAULT);
            crm.loyalty().balance(TENANT, large, ProgrammeId.DEFAULT);
        }
        for (int i = 0; i < reads; i++) {
            long t0 = System.nanoTime();
            crm.loyalty().balance(TENANT, small, ProgrammeId.DEFAULT);
            long t1 = System.nanoTime();
            crm.loyalty().balance(TENANT, large, ProgrammeId.DEFAULT);
            long t2 = System.nanoTime();
            smallNanos[i] = t1 - t0;
            largeNanos[i] = t2 - t1;
        }
        List<String> lines = new ArrayList<>();
        lines.add(db.name + ": balance read latency (microseconds, " + reads + " reads each, interleaved)");
        lines.add(String.format(Locale.ROOT, "  %-16s %8s %8s %8s", "account", "mean", "p50", "p99"));
        lines.add(latencyLine("10 entries", smallNanos));
        lines.add(latencyLine(options.history() + " entries", largeNanos));
        lines.add(String.format(Locale.ROOT, "  ratio (large / small) of means: %.2f", mean(largeNanos) / mean(smallNanos)));
        return lines;
    }

    /** Writes {@code entries} ledger entries: alternating 10-point purchases and redemptions. */
    private void buildHistory(CustomerId customer, int entries) {
        for (int i = 0; i < entries; i++) {
            String key = "h-" + customer + "-" + i;
            if (i % 2 == 0) {
                crm.loyalty().earnForPurchase(PurchaseOrder.of(TENANT, customer, ProgrammeId.DEFAULT, key, TEN_YUAN));
            } else {
                crm.loyalty().redeem(new RedeemPoints(TENANT, customer, ProgrammeId.DEFAULT, key, 10, "bench-reward"));
            }
        }
    }

    private static String latencyLine(String label, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return String.format(Locale.ROOT, "  %-16s %8.1f %8.1f %8.1f", label, mean(nanos) / 1000,
                sorted[sorted.length / 2] / 1000.0, sorted[(int) (sorted.length * 0.99)] / 1000.0);
    }

    private static double mean(long[] nanos) {
        return Arrays.stream(nanos).average().orElse(0);
    }
}
