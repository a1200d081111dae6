package org.crmkit.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.crmkit.Crm;
import org.crmkit.customer.RegisterCustomer;
import org.crmkit.customer.SourceChannel;
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

/**
 * Issue 14's measure: the same workload on one PostgreSQL and on a Citus cluster, from two
 * application instances (two JVMs, each with its own pool, {@link ScaleOutInstance}), over several
 * tenants. First purchases with points and growth and redemptions for a number of seconds
 * (throughput), then the conservation of the points per tenant checked with SQL (balances = earned
 * − redeemed − expired, from the ledger's entries, and against what the instances were told),
 * then one scoring of every customer of the scoring tenants (loaded by {@link ScoringTenant}:
 * {@code COPY} on PostgreSQL and Citus), each instance scoring the tenants of its job shard.
 *
 * <p>Run: {@code mvn -B -q -DskipTests package exec:exec@scale-out -pl benchmarks -am}; {@code
 * -Dscale.customers=N} customers scored, {@code -Dscale.databases=postgresql,citus}, and the
 * system properties {@code scale.tenants} (8), {@code scale.members} (members per workload
 * tenant, 200), {@code scale.seconds} (60) and {@code scale.threads} (threads per instance, 4).
 * Citus is the cluster at {@code -Dbench.citus.url} ({@code citus-cluster start}).
 */
public final class ScaleOutBenchmark {

    private static final int INSTANCES = 2;
    private static final int TENANTS = Integer.getInteger("scale.tenants", 8);
    private static final int MEMBERS = Integer.getInteger("scale.members", 200);
    private static final int SECONDS = Integer.getInteger("scale.seconds", 60);
    private static final int THREADS = Integer.getInteger("scale.threads", 4);

    private ScaleOutBenchmark() {}

    public static void main(String[] args) throws Exception {
        BenchDatabase.Options options = BenchDatabase.Options.parse(args, 100_000);
        System.out.printf(Locale.ROOT, "crmkit scale-out benchmark: %d instances x %d threads, %d tenants x %d members, %d s of"
                + " purchases and redemptions, then %,d customers scored; %d CPUs; load average %s%n", INSTANCES, THREADS, TENANTS, MEMBERS,
                SECONDS, options.customers(), Runtime.getRuntime().availableProcessors(), loadAverage());
        BenchDatabase.forEach(options.databases(), "bench-scale-out-h2", 4, db -> run(db, options.customers()));
    }

    /** The id of workload member {@code i}, the same in every tenant and instance. */
    static CustomerId member(int i) {
        return CustomerId.of(String.format(Locale.ROOT, "m%05d", i));
    }

    private static void run(BenchDatabase db, int customers) throws Exception {
        JdbcStorage storage = JdbcStorage.create(db.dataSource);
        Crm crm = Crm.builder().storage(storage).clock(Clock.systemUTC()).build();
        List<TenantId> shops = IntStream.range(0, TENANTS).mapToObj(i -> TenantId.of("shop-" + i)).toList();
        long start = System.nanoTime();
        for (TenantId shop : shops) {
            open(crm, shop);
        }
        System.out.printf(Locale.ROOT, "%s (Citus: %s): %d tenants with %d members each registered through crmkit in %.1f s%n", db.name,
                storage.citus(), TENANTS, MEMBERS, (System.nanoTime() - start) / 1e9);

        List<Map<String, String>> work = instances(db, "workload", shops);
        long purchases = sum(work, "purchases");
        long redemptions = sum(work, "redemptions");
        double seconds = work.stream().mapToDouble(r -> Double.parseDouble(r.get("seconds"))).max().orElse(1);
        System.out.printf(Locale.ROOT, "%s: %,d purchases + %,d redemptions (%,d refused for want of points, %d errors) in %.1f s"
                + " from %d instances = %,.0f operations/s (%,.0f purchases/s); load average %s%n", db.name, purchases, redemptions,
                sum(work, "refused"), sum(work, "errors"), seconds, INSTANCES, (purchases + redemptions + sum(work, "refused")) / seconds,
                purchases / seconds, loadAverage());
        conservation(db, shops, sum(work, "earned"), sum(work, "redeemed"));

        List<TenantId> scored = IntStream.range(0, TENANTS).mapToObj(i -> TenantId.of("score-" + i)).toList();
        start = System.nanoTime();
        long rows = 0;
        String method = "";
        for (int i = 0; i < scored.size(); i++) {
            int size = customers / TENANTS + (i < customers % TENANTS ? 1 : 0);
            ScoringTenant.Loaded loaded = ScoringTenant.load(db.dataSource, scored.get(i), size);
            rows += loaded.purchases();
            method = loaded.method();
        }
        double loading = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "%s: loaded %,d customers and %,d purchases over %d tenants with %s in %.1f s (%,.0f rows/s)%n",
                db.name, customers, rows, TENANTS, method, loading, (customers + rows) / loading);
        start = System.nanoTime();
        List<Map<String, String>> scoring = instances(db, "score", scored);
        double wall = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "%s: scored %,d customers in %.1f s of wall time (JVM start included) = %,.0f customers/s,"
                + " per instance %s; load average %s%n", db.name, sum(scoring, "customers"), wall, sum(scoring, "customers") / wall,
                scoring.stream().map(r -> r.get("customers") + " customers of " + r.get("tenants") + " tenants on " + r.get("nodes") + " in "
                        + r.get("seconds") + " s, peak heap " + r.get("heap") + " of " + r.get("maxHeap") + " MB").toList(), loadAverage());
    }

    /** A tenant with a programme (1 point per CNY, 100 points = CNY 1), a growth ladder and its members. */
    private static void open(Crm crm, TenantId shop) {
        BigDecimal one = BigDecimal.ONE;
        crm.loyalty().defineProgramme(new LoyaltyProgramme(shop, ProgrammeId.DEFAULT, "points", CashRate.of(100, Money.of("1.00", "CNY")),
                RoundingMode.DOWN, ExpiryPolicies.never(), Duration.ZERO, Duration.ofMinutes(15), DebtPolicy.REPORT_SHORTFALL,
                RedemptionLimits.NONE, Crm.DEFAULT_ZONE, EarningPolicy.basic(java.util.Currency.getInstance("CNY"), one)));
        crm.tiers().defineLadder(TierLadder.of(shop, ProgrammeId.DEFAULT, List.of(Tier.of("registered", "registered", 0),
                Tier.of("bronze", "bronze", 1000), Tier.of("silver", "silver", 3000), Tier.of("gold", "gold", 10000)),
                QualifyingMetrics.growthValue(), TierPolicies.jd(), ZoneId.of("Asia/Shanghai")));
        for (int i = 0; i < MEMBERS; i++) {
            crm.customers().register(RegisterCustomer.of(shop, "Member " + i, SourceChannel.APP).withCustomerId(member(i)));
        }
    }

    /** Runs {@link ScaleOutInstance} in {@value #INSTANCES} JVMs at once and returns each one's RESULT. */
    private static List<Map<String, String>> instances(BenchDatabase db, String mode, List<TenantId> tenants) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<Process> processes = new ArrayList<>();
        for (int i = 0; i < INSTANCES; i++) {
            processes.add(new ProcessBuilder(java, "-Xmx768m", "-cp", System.getProperty("java.class.path"), ScaleOutInstance.class.getName(),
                    mode, db.dataSource.getJdbcUrl(), nullToEmpty(db.dataSource.getUsername()), nullToEmpty(db.dataSource.getPassword()),
                    Integer.toString(i), Integer.toString(INSTANCES), String.join(",", tenants.stream().map(TenantId::value).toList()),
                    Integer.toString(MEMBERS), Integer.toString(SECONDS), Integer.toString(THREADS))
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start());
        }
        List<Map<String, String>> results = new ArrayList<>();
        for (int i = 0; i < processes.size(); i++) {
            Map<String, String> result = new HashMap<>();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(processes.get(i).getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    if (line.startsWith("RESULT ")) {
                        for (String pair : line.substring(7).split(" ")) {
                            String[] kv = pair.split("=", 2);
                            result.put(kv[0], kv.length > 1 ? kv[1] : "");
                        }
                    }
                }
            }
            int exit = processes.get(i).waitFor();
            if (exit != 0 || result.isEmpty()) {
                throw new IllegalStateException("instance " + i + " (" + mode + ") ended with " + exit + " and no result");
            }
            results.add(result);
        }
        return results;
    }

    /**
     * Per tenant, with SQL: the sum of the accounts' balances (available + pending + held) against
     * the ledger's entries, earned − redeemed − expired; and the totals against what the
     * instances' receipts said.
     */
    private static void conservation(BenchDatabase db, List<TenantId> shops, long earnedByReceipts, long redeemedByReceipts) throws Exception {
        Map<String, long[]> byTenant = new TreeMap<>();
        try (Connection c = db.dataSource.getConnection()) {
            Array ids = c.createArrayOf("text", shops.stream().map(TenantId::value).toArray());
            try (PreparedStatement s = c.prepareStatement("SELECT tenant_id, SUM(available + pending + held) FROM crm_points_account"
                    + " WHERE tenant_id = ANY (?) GROUP BY tenant_id")) {
                s.setArray(1, ids);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        byTenant.computeIfAbsent(rs.getString(1), t -> new long[4])[0] = rs.getLong(2);
                    }
                }
            }
            try (PreparedStatement s = c.prepareStatement("SELECT tenant_id, SUM(CASE WHEN entry_type = 'EARN' THEN points ELSE 0 END),"
                    + " SUM(CASE WHEN entry_type = 'REDEEM' THEN points ELSE 0 END), SUM(CASE WHEN entry_type = 'EXPIRE' THEN points ELSE 0 END)"
                    + " FROM crm_points_entry WHERE tenant_id = ANY (?) GROUP BY tenant_id")) {
                s.setArray(1, ids);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        long[] t = byTenant.computeIfAbsent(rs.getString(1), k -> new long[4]);
                        t[1] = rs.getLong(2);
                        t[2] = rs.getLong(3);
                        t[3] = rs.getLong(4);
                    }
                }
            }
        }
        long earned = 0;
        long redeemed = 0;
        boolean conserved = true;
        for (Map.Entry<String, long[]> e : byTenant.entrySet()) {
            long[] t = e.getValue();
            boolean holds = t[0] == t[1] - t[2] - t[3];
            conserved &= holds;
            earned += t[1];
            redeemed += t[2];
            System.out.printf(Locale.ROOT, "  %-8s balances %,12d = earned %,12d - redeemed %,10d - expired %,d: %s%n", e.getKey(), t[0], t[1], t[2],
                    t[3], holds ? "holds" : "BROKEN");
        }
        boolean receipts = earned == earnedByReceipts && redeemed == redeemedByReceipts;
        System.out.printf(Locale.ROOT, "%s: conservation per tenant %s; ledger totals earned %,d, redeemed %,d; the instances' receipts"
                + " said %,d and %,d: %s%n", db.name, conserved ? "holds" : "BROKEN", earned, redeemed, earnedByReceipts, redeemedByReceipts,
                receipts ? "equal" : "DIFFERENT");
        if (!conserved || !receipts) {
            throw new IllegalStateException("the points are not conserved on " + db.name);
        }
    }

    private static long sum(List<Map<String, String>> results, String key) {
        return results.stream().mapToLong(r -> Long.parseLong(r.get(key))).sum();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static String loadAverage() throws IOException {
        String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
        return parts[0] + " " + parts[1] + " " + parts[2];
    }
}
