package org.crmkit.benchmarks;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import org.crmkit.Crm;
import org.crmkit.jdbc.JdbcStorage;
import org.crmkit.loyalty.PointsReceipt;
import org.crmkit.loyalty.RedeemPoints;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.Money;
import org.crmkit.shared.ProgrammeId;
import org.crmkit.shared.RuleViolationException;
import org.crmkit.shared.TenantId;
import org.crmkit.shared.TenantPlacement;
import org.crmkit.shared.TenantSharding;
import org.crmkit.value.history.RecordPurchase;
import org.crmkit.value.scoring.ScoreCustomers;
import org.crmkit.value.scoring.ScoringReport;

/**
 * One application instance of {@link ScaleOutBenchmark}, in a JVM of its own with its own pool:
 * {@code workload} buys and redeems in the workload tenants for a number of seconds; {@code score}
 * scores the scoring tenants that its job shard takes ({@link TenantSharding} over the storage's
 * placements), and reports its peak heap. Prints one {@code RESULT} line for the parent to add up.
 *
 * <p>Arguments: {@code workload|score url user password instance instances tenants(comma-separated)
 * members seconds threads}.
 */
public final class ScaleOutInstance {

    private ScaleOutInstance() {}

    public static void main(String[] args) throws Exception {
        System.setProperty("org.jboss.logging.provider", "slf4j");
        String mode = args[0];
        int instance = Integer.parseInt(args[4]);
        int instances = Integer.parseInt(args[5]);
        List<TenantId> tenants = Arrays.stream(args[6].split(",")).map(TenantId::of).toList();
        int threads = Integer.parseInt(args[9]);
        try (HikariDataSource pool = BenchDatabase.pool(args[1], args[2].isEmpty() ? null : args[2], args[3].isEmpty() ? null : args[3],
                threads + 2)) {
            JdbcStorage storage = JdbcStorage.create(pool);
            if (mode.equals("workload")) {
                Crm crm = Crm.builder().storage(storage).clock(Clock.systemUTC()).build();
                workload(crm, instance, tenants, Integer.parseInt(args[7]), Integer.parseInt(args[8]), threads);
            } else {
                Crm crm = Crm.builder().storage(storage).clock(Clock.fixed(ScoreBenchmark.NOW, ZoneOffset.UTC)).build();
                score(crm, storage, instance, instances, tenants);
            }
        }
    }

    /** Purchases (points and growth) and, one operation in three, a redemption of 50 points, on random members of random tenants. */
    private static void workload(Crm crm, int instance, List<TenantId> tenants, int members, int seconds, int threads) throws Exception {
        LongAdder purchases = new LongAdder();
        LongAdder redemptions = new LongAdder();
        LongAdder refused = new LongAdder();
        LongAdder earned = new LongAdder();
        LongAdder redeemed = new LongAdder();
        LongAdder errors = new LongAdder();
        AtomicBoolean stop = new AtomicBoolean();
        List<Thread> workers = new ArrayList<>();
        long started = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            String prefix = "i" + instance + "-t" + t + "-";
            Thread worker = new Thread(() -> {
                ThreadLocalRandom random = ThreadLocalRandom.current();
                for (long n = 0; !stop.get(); n++) {
                    TenantId tenant = tenants.get(random.nextInt(tenants.size()));
                    CustomerId member = ScaleOutBenchmark.member(random.nextInt(members));
                    try {
                        if (n % 3 == 2) {
                            PointsReceipt receipt = crm.loyalty().redeem(new RedeemPoints(tenant, member, ProgrammeId.DEFAULT, "r-" + prefix + n, 50,
                                    "reward-mug"));
                            redeemed.add(receipt.points());
                            redemptions.increment();
                        } else {
                            String amount = (50 + random.nextInt(450)) + ".00";
                            crm.commerce().recordPurchase(RecordPurchase.of(tenant, member, "o-" + prefix + n, Money.of(amount, "CNY"))
                                    .inProgramme(ProgrammeId.DEFAULT)).points().ifPresent(p -> earned.add(p.points()));
                            purchases.increment();
                        }
                    } catch (RuleViolationException e) {
                        refused.increment(); // not enough points yet: the ledger said no, nothing written
                    } catch (RuntimeException e) {
                        if (errors.sum() == 0) {
                            e.printStackTrace();
                        }
                        errors.increment();
                    }
                }
            }, "instance-" + instance + "-worker-" + t);
            worker.start();
            workers.add(worker);
        }
        Thread.sleep(seconds * 1000L);
        stop.set(true);
        for (Thread worker : workers) {
            worker.join();
        }
        double took = (System.nanoTime() - started) / 1e9;
        System.out.printf(Locale.ROOT, "RESULT workload purchases=%d redemptions=%d refused=%d earned=%d redeemed=%d errors=%d seconds=%.2f%n",
                purchases.sum(), redemptions.sum(), refused.sum(), earned.sum(), redeemed.sum(), errors.sum(), took);
    }

    /** Scores, tenant by tenant, the tenants of this instance's job shard. */
    private static void score(Crm crm, JdbcStorage storage, int instance, int instances, List<TenantId> tenants) {
        PeakHeap.reset();
        long started = System.nanoTime();
        List<TenantPlacement> placements = storage.placeTenants(tenants);
        List<TenantId> mine = TenantSharding.tenantsOf(placements, instance, instances);
        Set<String> nodes = new TreeSet<>();
        placements.stream().filter(p -> mine.contains(p.tenantId())).forEach(p -> nodes.add(p.node()));
        long customers = 0;
        for (TenantId tenant : mine) {
            ScoringReport report = crm.value().score(ScoreCustomers.of(tenant));
            customers += report.customers();
        }
        System.out.printf(Locale.ROOT, "RESULT score tenants=%d customers=%d seconds=%.2f nodes=%s heap=%d maxHeap=%d%n", mine.size(), customers,
                (System.nanoTime() - started) / 1e9, String.join("+", nodes), PeakHeap.megabytes(), Runtime.getRuntime().maxMemory() / (1024 * 1024));
    }
}
