package org.crmkit.benchmarks;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.crmkit.Crm;
import org.crmkit.customer.RegisterCustomer;
import org.crmkit.customer.SourceChannel;
import org.crmkit.earning.Campaign;
import org.crmkit.earning.EarningPolicy;
import org.crmkit.jdbc.JdbcStorage;
import org.crmkit.loyalty.CashRate;
import org.crmkit.loyalty.DebtPolicy;
import org.crmkit.loyalty.ExpiryPolicies;
import org.crmkit.loyalty.LoyaltyProgramme;
import org.crmkit.loyalty.RedemptionLimits;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.Money;
import org.crmkit.shared.ProgrammeId;
import org.crmkit.shared.TenantId;
import org.crmkit.tier.QualifyingMetrics;
import org.crmkit.tier.Tier;
import org.crmkit.tier.TierLadder;
import org.crmkit.tier.TierPolicies;
import org.crmkit.value.history.RecordPurchase;

/**
 * The purchase flow through the one door, {@code crm.commerce().recordPurchase}, with a programme
 * (double-points campaign), a tier ladder (double-growth campaign) and the standard lifecycle
 * policy: JDBC calls per purchase (statement executions and commits, each a round trip) and
 * purchases per second on 1 and 16 threads, on H2 (file) and PostgreSQL, each beside a bare JDBC
 * transaction writing the same rows ({@link PurchaseBaseline}) measured in the same run, with the
 * CPU a purchase took in the JVM (of it, in the benchmark's threads) and in the PostgreSQL server.
 * After every customer's first purchase the database's statistics are refreshed ({@code ANALYZE},
 * as autovacuum would have in a system serving this data; {@code -Dbench.analyze=false} leaves
 * them as the empty tables had them), so a statement is measured with the plan it has in steady
 * state. The bare transaction and crmkit's purchase are measured in turn, {@code --rounds} times
 * (3 unless given), each spell {@code --seconds} (6 unless given) divided by the rounds long, after a
 * warm-up of 2 s for each one's first spell and half a second for the others: a machine that slows
 * down for a while, or a JIT compiler busy with one of them, then slows both rather than one, so
 * their ratio keeps closer to what the code does. {@code -Dbench.statements=true} prints, after each
 * thread count, PostgreSQL's statement times, sequential scans and index reads over its spells (the
 * bare transaction's statements among them).
 *
 * <p>Run: {@code mvn -B -q -DskipTests package exec:java@purchase -pl benchmarks -am} (PostgreSQL
 * refuses to run as root); {@code -Dexec.args="--databases postgresql"} runs one database, {@code
 * --customers N} changes the 2,000 customers, {@code --seconds N} and {@code --rounds N} the spells, and {@code --history N}
 * gives each customer N purchases over the three years before the run first (none by default; on PostgreSQL the tables
 * are then vacuumed, as autovacuum would have done to rows that old).
 */
public final class PurchaseFlowBenchmark {

    private static final TenantId TENANT = TenantId.of("purchase-bench");
    private static final Currency CNY = Currency.getInstance("CNY");
    private static final double WARMUP_SECONDS = 2;

    private PurchaseFlowBenchmark() {}

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        int customers = options.customers();
        for (String database : options.databases()) {
            try (BenchDatabase db = database.equals("h2") ? BenchDatabase.h2File(Path.of("target", "purchase-bench"), 16)
                    : BenchDatabase.postgres(16)) {
                CountingDataSource counting = new CountingDataSource(db.dataSource);
                Crm crm = Crm.builder().storage(JdbcStorage.create(counting)).clock(Clock.systemUTC()).build();
                Instant start = Instant.now().minusSeconds(86_400);
                crm.loyalty().defineProgramme(new LoyaltyProgramme(TENANT, ProgrammeId.DEFAULT, "points",
                        CashRate.of(100, Money.of("1.00", "CNY")), RoundingMode.DOWN, ExpiryPolicies.never(), Duration.ZERO,
                        Duration.ofMinutes(15), DebtPolicy.REPORT_SHORTFALL, RedemptionLimits.NONE, Crm.DEFAULT_ZONE,
                        EarningPolicy.basic(CNY, BigDecimal.ONE).withCampaign(
                                Campaign.of("double", new BigDecimal("2"), start, start.plusSeconds(86_400 * 30)).withBudget(1_000_000_000L))));
                crm.tiers().defineLadder(TierLadder.of(TENANT, ProgrammeId.DEFAULT, List.of(Tier.of("registered", "registered", 0),
                                Tier.of("bronze", "bronze", 1000), Tier.of("silver", "silver", 3000), Tier.of("gold", "gold", 10000)),
                        QualifyingMetrics.growthValue(), TierPolicies.jd(), java.time.ZoneId.of("Asia/Shanghai"))
                        .withGrowthEarning(EarningPolicy.basic(CNY, BigDecimal.ONE).withCampaign(
                                Campaign.of("double-growth", new BigDecimal("2"), start, start.plusSeconds(86_400 * 30)).withBudget(1_000_000_000L))));
                List<CustomerId> ids = new ArrayList<>();
                for (int i = 0; i < customers; i++) {
                    ids.add(crm.customers().register(RegisterCustomer.of(TENANT, "Customer " + i, SourceChannel.APP)).id());
                }
                AtomicLong orders = new AtomicLong();
                if (options.history() > 0) {
                    seedHistory(crm, ids, options.history(), orders);
                    db.vacuum();
                }
                // warm up, then count one purchase of a customer who bought before, and one first purchase
                for (int i = 0; i < 200; i++) {
                    buy(crm, ids.get(i % ids.size()), orders);
                }
                counting.reset();
                buy(crm, ids.get(1), orders);
                int repeatCalls = counting.calls.get();
                String repeatSql = String.join("\n    ", counting.sql);
                counting.reset();
                buy(crm, ids.get(ids.size() - 1), orders);
                int firstCalls = counting.calls.get();
                System.out.printf(Locale.ROOT, "%s: JDBC calls per purchase (statements + commit): repeat buyer %d, first purchase %d%n",
                        db.name, repeatCalls, firstCalls);
                System.out.println("  repeat buyer's calls:\n    " + repeatSql);
                // the rates go through the pool as an application's would: the counting wrapper costs time of its own, and on H2
                // crmkit keeps its statements only on the pool's own connections
                Crm direct = Crm.builder().storage(JdbcStorage.create(db.dataSource)).clock(Clock.systemUTC()).build();
                // every customer buys once first, so the baseline's updates find their rows
                for (CustomerId id : ids) {
                    buy(direct, id, orders);
                }
                db.analyze();
                PurchaseBaseline baseline = PurchaseBaseline.measuring(db.dataSource, TENANT, ProgrammeId.DEFAULT,
                        () -> buy(direct, ids.get(2), orders));
                System.out.printf(Locale.ROOT, "%s: baseline = one bare JDBC transaction writing the same rows (%s), one statement each%n",
                        db.name, baseline.rowsPerPurchase());
                System.out.printf(Locale.ROOT, "  %-8s %14s %14s %8s   %s%n", "threads", "purchases/s", "baseline tx/s", "ratio",
                        "CPU us a purchase, JVM (its threads) + server: crmkit, baseline");
                for (int threads : new int[] {1, 16}) {
                    db.resetStatements();
                    Throughput.Rate[] rates = Throughput.measureInTurn(threads, WARMUP_SECONDS, options.seconds(), options.rounds(),
                            step(ids, threads, baseline::purchase), step(ids, threads, who -> buy(direct, who, orders)));
                    Throughput.Rate bare = rates[0];
                    Throughput.Rate rate = rates[1];
                    System.out.printf(Locale.ROOT, "  %-8d %14.0f %14.0f %8.2f   %.0f (%.0f) + %.0f, %.0f (%.0f) + %.0f%n", threads,
                            rate.perSecond(), bare.perSecond(), rate.perSecond() / bare.perSecond(),
                            rate.jvmMicros(), rate.workerMicros(), rate.serverMicros(),
                            bare.jvmMicros(), bare.workerMicros(), bare.serverMicros());
                    db.printTopStatements();
                }
            }
        }
    }

    /**
     * Gives each customer {@code purchases} earlier purchases, spread evenly over the three years
     * before the campaigns start, the oldest first: the history a long-standing member brings to
     * each purchase the run times.
     */
    private static void seedHistory(Crm crm, List<CustomerId> ids, int purchases, AtomicLong orders) {
        Instant end = Instant.now().minusSeconds(2 * 86_400);
        Duration step = Duration.ofDays(3 * 365).dividedBy(purchases);
        for (int i = purchases; i > 0; i--) {
            for (CustomerId who : ids) {
                crm.commerce().recordPurchase(purchase(who, orders).at(end.minus(step.multipliedBy(i))));
            }
        }
        System.out.printf(Locale.ROOT, "each of %d customers has %d purchases over the three years before the run%n", ids.size(),
                purchases);
    }

    private static void buy(Crm crm, CustomerId who, AtomicLong orders) {
        crm.commerce().recordPurchase(purchase(who, orders));
    }

    /** A purchase of CNY 300 in the default programme under the next order number, paid now unless dated. */
    private static RecordPurchase purchase(CustomerId who, AtomicLong orders) {
        return RecordPurchase.of(TENANT, who, "o-" + orders.incrementAndGet(), Money.of("300.00", "CNY")).inProgramme(ProgrammeId.DEFAULT);
    }

    /** One purchase of a customer, through crmkit or the baseline. */
    @FunctionalInterface
    private interface Purchase {
        void by(CustomerId customer) throws Exception;
    }

    /**
     * One purchase a step on {@code threads} threads, each thread buying for its own customers (so
     * the rate is not one customer's lock).
     */
    private static Throughput.Step step(List<CustomerId> ids, int threads, Purchase purchase) {
        return (thread, iteration) -> {
            purchase.by(ids.get((int) ((thread + iteration * threads) % ids.size())));
            return 1;
        };
    }

    /** Command-line options: {@code --customers N --databases h2,postgresql --seconds N --rounds N --history N}. */
    record Options(int customers, List<String> databases, double seconds, int rounds, int history) {

        static Options parse(String[] args) {
            int customers = 2_000;
            List<String> databases = List.of("h2", "postgresql");
            double seconds = 6;
            int rounds = 3;
            int history = 0;
            for (int i = 0; i < args.length; i += 2) {
                if (i + 1 == args.length) {
                    throw new IllegalArgumentException("option " + args[i] + " has no value");
                }
                switch (args[i]) {
                    case "--customers" -> customers = Integer.parseInt(args[i + 1]);
                    case "--databases" -> databases = List.of(args[i + 1].split(","));
                    case "--seconds" -> seconds = Double.parseDouble(args[i + 1]);
                    case "--rounds" -> rounds = Integer.parseInt(args[i + 1]);
                    case "--history" -> history = Integer.parseInt(args[i + 1]);
                    default -> throw new IllegalArgumentException("unknown option " + args[i]
                            + "; known: --customers N --databases h2,postgresql --seconds N --rounds N --history N");
                }
            }
            for (String database : databases) {
                if (!database.equals("h2") && !database.equals("postgresql")) {
                    throw new IllegalArgumentException("unknown database " + database + "; known: h2, postgresql");
                }
            }
            if (customers < 3 || rounds < 1 || !(seconds > 0) || history < 0) {
                throw new IllegalArgumentException("--customers must be 3 or more, --rounds 1 or more, --seconds above 0 and --history 0"
                        + " or more, but were " + customers + ", " + rounds + ", " + seconds + " and " + history);
            }
            return new Options(customers, databases, seconds, rounds, history);
        }
    }
}
