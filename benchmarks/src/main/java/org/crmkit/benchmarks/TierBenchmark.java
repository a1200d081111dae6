package org.crmkit.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import javax.sql.DataSource;
import org.crmkit.Crm;
import org.crmkit.customer.Customer;
import org.crmkit.customer.RegisterCustomer;
import org.crmkit.customer.SourceChannel;
import org.crmkit.inmemory.InMemoryStorage;
import org.crmkit.jdbc.JdbcStorage;
import org.crmkit.shared.Money;
import org.crmkit.shared.ProgrammeId;
import org.crmkit.shared.TenantId;
import org.crmkit.spi.CrmStorage;
import org.crmkit.tier.AssessmentReport;
import org.crmkit.tier.QualifyingMetrics;
import org.crmkit.tier.RecordTierPurchase;
import org.crmkit.tier.Tier;
import org.crmkit.tier.TierLadder;
import org.crmkit.tier.TierPolicies;

/**
 * Batch tier assessment: members assessed per second and the peak heap during the assessment,
 * beside the time a bare SQL query takes to read the same membership rows (the floor). Members
 * are loaded with plain SQL batches on H2 and PostgreSQL (through the API in memory); the
 * assessment runs through {@code crm.tiers().assess(...)}.
 *
 * <p>Run: {@code mvn -B -q -DskipTests package exec:exec@tier-jdbc exec:exec@tier-memory -pl benchmarks -am}:
 * H2 and PostgreSQL with 200,000 members under -Xmx256m, then 1,000,000 members in memory (the
 * in-memory storage holds every member in the heap, so that run gets a larger one).
 */
public final class TierBenchmark {

    private static final TenantId TENANT = TenantId.of("tier-bench");
    /** The tenant a warm-up assessment runs on first ({@code --warmup-members}), so the measured one runs on compiled code. */
    private static final TenantId WARM_UP = TenantId.of("tier-bench-warm-up");
    /** The tenant the bare job of the same reads and writes runs on ({@link TierBaseline}). */
    private static final TenantId BARE_TENANT = TenantId.of("tier-bench-bare");
    private static final ProgrammeId PROGRAMME = ProgrammeId.DEFAULT;
    private static final Instant NOW = Instant.parse("2026-06-30T17:00:00Z"); // 01:00 on 1 July in Shanghai
    private static final Instant JOINED = Instant.parse("2025-01-10T02:00:00Z");
    private static final LocalDate ASSESSMENT_DAY = LocalDate.of(2026, 7, 1);

    private TierBenchmark() {}

    public static void main(String[] args) throws Exception {
        System.setProperty("org.jboss.logging.provider", "slf4j");
        int members = 200_000;
        int warmUp = 0;
        List<String> databases = List.of("h2", "postgresql");
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--members" -> members = Integer.parseInt(args[i + 1]);
                case "--databases" -> databases = List.of(args[i + 1].split(","));
                case "--warmup-members" -> warmUp = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + "; known: --members N --databases memory,h2,postgresql --warmup-members N");
            }
        }
        System.out.printf(Locale.ROOT, "crmkit tier assessment benchmark: %,d members, max heap %d MB, %d CPUs%n", members,
                Runtime.getRuntime().maxMemory() / (1024 * 1024), Runtime.getRuntime().availableProcessors());
        for (String database : databases) {
            int size = members;
            int warm = warmUp;
            if (database.equals("memory")) {
                inMemory(size);
            } else {
                BenchDatabase.forEach(List.of(database), "bench-tier-h2", 4, db -> onJdbc(db, size, warm));
            }
        }
    }

    private static void inMemory(int members) {
        Crm crm = crm(new InMemoryStorage(), TENANT);
        long start = System.nanoTime();
        Random random = new Random(42);
        for (int i = 0; i < members; i++) {
            Customer c = crm.customers().register(RegisterCustomer.of(TENANT, "member " + i, SourceChannel.APP));
            crm.tiers().recordPurchase(new RecordTierPurchase(TENANT, c.id(), PROGRAMME, "buy-" + i, "o-" + i,
                    Money.of(Integer.toString(random.nextInt(40_000)), "CNY"), JOINED));
        }
        System.out.printf(Locale.ROOT, "in memory: loaded %,d members through the API in %.1f s%n", members, (System.nanoTime() - start) / 1e9);
        assess(crm, TENANT, "in memory", members, Double.NaN);
    }

    /**
     * Loads and assesses {@code members} on the database, beside the floor; first, if {@code warmUp}
     * is positive, the same for that many members of another tenant, so that the measured floor and
     * assessment run on code the JIT compilers have compiled (in a fresh JVM they otherwise compete
     * with the run for the machine's cores).
     */
    private static void onJdbc(BenchDatabase db, int members, int warmUp) throws Exception {
        if (warmUp > 0) {
            System.out.printf(Locale.ROOT, "%s: warm-up on %,d members of another tenant%n", db.name, warmUp);
            loadAndAssess(db, WARM_UP, warmUp, db.name + " warm-up");
        }
        Assessed assessed = loadAndAssess(db, TENANT, members, db.name);
        // the same reads and writes by a bare job, on a tenant loaded as the assessed one was
        load(db.dataSource, BARE_TENANT, members);
        db.analyze(); // the floor gets the statistics of a served database; the assessment ran on those autovacuum left, if any
        double bare = TierBaseline.copying(db.dataSource, TENANT, assessed.written(), members).seconds(db.dataSource, BARE_TENANT,
                PROGRAMME, ASSESSMENT_DAY);
        System.out.printf(Locale.ROOT, "%s: assessment / bare job of the same reads and writes = %.1fx%n", db.name,
                assessed.seconds() / bare);
    }

    /** An assessment's seconds and the rows it added to the {@link TierBaseline#WRITTEN} tables. */
    private record Assessed(double seconds, long[] written) {}

    /** Loads {@code members} of {@code tenant} and times the floor and the assessment. */
    private static Assessed loadAndAssess(BenchDatabase db, TenantId tenant, int members, String name) throws Exception {
        Crm crm = crm(JdbcStorage.create(db.dataSource), tenant);
        long start = System.nanoTime();
        load(db.dataSource, tenant, members);
        System.out.printf(Locale.ROOT, "%s: loaded %,d members with SQL batches in %.1f s%n", name, members, (System.nanoTime() - start) / 1e9);
        double floor = ScanFloor.seconds(db.dataSource, "membership rows", "SELECT customer_id, tier_code, since, upgraded_at, joined_on,"
                + " last_assessed_on, version FROM crm_membership WHERE tenant_id = ? AND programme_id = ? ORDER BY tenant_id, programme_id,"
                + " customer_id", tenant.value(), PROGRAMME.value());
        long[] before = BareJob.count(db.dataSource, tenant, TierBaseline.WRITTEN);
        double seconds = assess(crm, tenant, name, members, floor);
        return new Assessed(seconds, BareJob.added(db.dataSource, tenant, TierBaseline.WRITTEN, before));
    }

    private static Crm crm(CrmStorage storage, TenantId tenant) {
        Crm crm = Crm.builder().storage(storage).clock(Clock.fixed(NOW, ZoneOffset.UTC)).build();
        crm.tiers().defineLadder(TierLadder.of(tenant, PROGRAMME, List.of(Tier.of("registered", "注册会员", 0),
                Tier.of("bronze", "铜牌会员", 1_000), Tier.of("silver", "银牌会员", 3_000), Tier.of("gold", "金牌会员", 10_000),
                Tier.of("diamond", "钻石会员", 30_000)), QualifyingMetrics.growthValue(), TierPolicies.jd(), Crm.DEFAULT_ZONE));
        return crm;
    }

    private static double assess(Crm crm, TenantId tenant, String name, int members, double floorSeconds) {
        PeakHeap.reset();
        ProcessCpu.Window cpu = ProcessCpu.Window.start();
        long start = System.nanoTime();
        AssessmentReport report = crm.tiers().assess(tenant, PROGRAMME, ASSESSMENT_DAY, 0, 1, (done, total, rate) -> {
            if (done % 50_000 < 500) {
                System.out.printf(Locale.ROOT, "  %s: %,d of %,d assessed, %.0f/s%n", name, done, total, rate);
            }
        });
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "%s: assessment %s%n", name, cpu.since());
        System.out.printf(Locale.ROOT, "%s: assessed %,d members in %.1f s = %,.0f members/s; peak heap during assessment %d MB;"
                        + " %s; report %s%n", name, report.examined(), seconds, report.examined() / seconds, PeakHeap.megabytes(),
                Double.isNaN(floorSeconds) ? "no SQL floor in memory"
                        : String.format(Locale.ROOT, "bare SQL read of the same rows %.2f s (assessment / floor = %.0fx)", floorSeconds,
                                seconds / floorSeconds), report);
        return seconds;
    }

    /** Customers, memberships and one purchase fact per member, in batches of 1,000 rows. */
    private static void load(DataSource dataSource, TenantId tenant, int members) throws Exception {
        Random random = new Random(42);
        Timestamp joined = Timestamp.from(JOINED);
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement customer = c.prepareStatement("INSERT INTO crm_customer (tenant_id, customer_id, display_name,"
                            + " source_channel, credit_standing, lifecycle_stage, created_at, updated_at, version) VALUES (?, ?, ?, 'APP', 'GOOD', 'ACTIVE', ?, ?, 0)");
                    PreparedStatement membership = c.prepareStatement("INSERT INTO crm_membership (tenant_id, programme_id, customer_id,"
                            + " tier_code, since, upgraded_at, joined_on, version) VALUES (?, ?, ?, ?, ?, ?, ?, 0)");
                    PreparedStatement fact = c.prepareStatement("INSERT INTO crm_tier_fact (tenant_id, fact_key, customer_id, programme_id,"
                            + " order_id, spend_units, orders, growth, at) VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?)")) {
                for (int i = 0; i < members; i++) {
                    String id = String.format("m%08d", i);
                    long growth = random.nextInt(40_000);
                    String tier = growth >= 30_000 ? "diamond" : growth >= 10_000 ? "gold" : growth >= 3_000 ? "silver"
                            : growth >= 1_000 ? "bronze" : "registered";
                    customer.setString(1, tenant.value());
                    customer.setString(2, id);
                    customer.setString(3, "member " + i);
                    customer.setTimestamp(4, joined);
                    customer.setTimestamp(5, joined);
                    customer.addBatch();
                    membership.setString(1, tenant.value());
                    membership.setString(2, PROGRAMME.value());
                    membership.setString(3, id);
                    // a quarter of members sit one tier above what their growth earns, so the assessment drops them
                    membership.setString(4, i % 4 == 0 && !tier.equals("diamond") ? higher(tier) : tier);
                    membership.setTimestamp(5, joined);
                    membership.setTimestamp(6, joined);
                    membership.setObject(7, LocalDate.of(2025, 1, 10));
                    membership.addBatch();
                    fact.setString(1, tenant.value());
                    fact.setString(2, "buy-" + id);
                    fact.setString(3, id);
                    fact.setString(4, PROGRAMME.value());
                    fact.setString(5, "o-" + id);
                    fact.setLong(6, growth);
                    fact.setLong(7, growth);
                    fact.setTimestamp(8, joined);
                    fact.addBatch();
                    if (i % 1000 == 999 || i == members - 1) {
                        customer.executeBatch();
                        membership.executeBatch();
                        fact.executeBatch();
                        c.commit();
                    }
                }
            }
        }
    }

    private static String higher(String tier) {
        return switch (tier) {
            case "registered" -> "bronze";
            case "bronze" -> "silver";
            case "silver" -> "gold";
            default -> "diamond";
        };
    }

}
