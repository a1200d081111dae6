package org.crmkit.benchmarks;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import org.crmkit.Crm;
import org.crmkit.customer.RegisterCustomer;
import org.crmkit.customer.SourceChannel;
import org.crmkit.earning.EarningPolicy;
import org.crmkit.jdbc.JdbcStorage;
import org.crmkit.loyalty.CashRate;
import org.crmkit.loyalty.DebtPolicy;
import org.crmkit.loyalty.ExpiryPolicies;
import org.crmkit.loyalty.GrantPoints;
import org.crmkit.loyalty.LoyaltyProgramme;
import org.crmkit.loyalty.RedeemPoints;
import org.crmkit.loyalty.RedemptionLimits;
import org.crmkit.offer.mall.DefineReward;
import org.crmkit.offer.mall.Fulfilment;
import org.crmkit.offer.mall.RedeemReward;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.Money;
import org.crmkit.shared.ProgrammeId;
import org.crmkit.shared.TenantId;

/**
 * Points-mall redemptions per second on 1 and 16 threads, on H2 (file) and PostgreSQL, each thread
 * its own customers: on one hot item (every redemption locks its row), on 16 items (one per
 * thread), and beside the baseline of a bare points redemption ({@code loyalty().redeem}, the ledger
 * write the mall's redemption contains) measured in the same run.
 *
 * <p>Run: {@code mvn -B -q -DskipTests package exec:java@mall -pl benchmarks -am} (PostgreSQL
 * refuses to run as root).
 */
public final class MallBenchmark {

    private static final TenantId TENANT = TenantId.of("mall-bench");
    private static final int THREADS = 16;

    private MallBenchmark() {}

    public static void main(String[] args) throws Exception {
        int customers = 1_600;
        double seconds = Double.parseDouble(System.getProperty("bench.seconds", "5"));
        BenchDatabase.forEach(List.of(System.getProperty("bench.databases", "h2,postgresql").split(",")), "mall-bench", THREADS, db -> {
            Crm crm = Crm.builder().storage(JdbcStorage.create(db.dataSource)).clock(Clock.systemUTC()).build();
            crm.loyalty().defineProgramme(new LoyaltyProgramme(TENANT, ProgrammeId.DEFAULT, "points", CashRate.of(100, Money.of("1.00", "CNY")),
                    RoundingMode.DOWN, ExpiryPolicies.never(), Duration.ZERO, Duration.ofMinutes(15), DebtPolicy.REPORT_SHORTFALL,
                    RedemptionLimits.NONE, Crm.DEFAULT_ZONE, EarningPolicy.basic(Currency.getInstance("CNY"), BigDecimal.ONE)));
            List<CustomerId> ids = new ArrayList<>();
            for (int i = 0; i < customers; i++) {
                CustomerId id = crm.customers().register(RegisterCustomer.of(TENANT, "Customer " + i, SourceChannel.APP)).id();
                crm.loyalty().grant(new GrantPoints(TENANT, id, ProgrammeId.DEFAULT, "grant-" + i, 1_000_000_000L, "bench", null, "bench"));
                ids.add(id);
            }
            for (int i = 0; i < THREADS; i++) {
                crm.mall().define(DefineReward.of(TENANT, ProgrammeId.DEFAULT, "item-" + i, "Item " + i, 10, Fulfilment.DIGITAL_CODE)
                        .withCash(Money.of("1.00", "CNY")).withStock(1_000_000_000L).withLimit(1_000_000));
            }
            System.out.printf(Locale.ROOT, "%s: redemptions/s, each thread its own customers%n", db.name);
            System.out.printf(Locale.ROOT, "  %-8s %16s %16s %18s%n", "threads", "mall, one item", "mall, 16 items", "bare points/s");
            for (int threads : new int[] {1, THREADS}) {
                String run = db.name.charAt(0) + "-" + threads + "-";
                double bare = Throughput.measure(threads, 1, seconds, (t, i) -> {
                    crm.loyalty().redeem(new RedeemPoints(TENANT, customer(ids, threads, t, i), ProgrammeId.DEFAULT, run + "bare-" + t + "-" + i,
                            10, "bench"));
                    return 1;
                });
                double hot = Throughput.measure(threads, 1, seconds, (t, i) -> {
                    crm.mall().redeem(new RedeemReward(TENANT, customer(ids, threads, t, i), ProgrammeId.DEFAULT, "item-0", 1,
                            run + "hot-" + t + "-" + i));
                    return 1;
                });
                double spread = Throughput.measure(threads, 1, seconds, (t, i) -> {
                    crm.mall().redeem(new RedeemReward(TENANT, customer(ids, threads, t, i), ProgrammeId.DEFAULT, "item-" + t, 1,
                            run + "spread-" + t + "-" + i));
                    return 1;
                });
                System.out.printf(Locale.ROOT, "  %-8d %16.0f %16.0f %18.0f%n", threads, hot, spread, bare);
            }
        });
    }

    /** Thread {@code t}'s customer for iteration {@code i}: threads never share a customer. */
    private static CustomerId customer(List<CustomerId> ids, int threads, int t, long i) {
        int perThread = ids.size() / threads;
        return ids.get(t * perThread + (int) (i % perThread));
    }
}
