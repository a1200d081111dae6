package org.crmkit.benchmarks;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
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
import org.crmkit.loyalty.RedemptionLimits;
import org.crmkit.offer.Cart;
import org.crmkit.offer.CartLine;
import org.crmkit.offer.CheckoutQuote;
import org.crmkit.offer.CommitCheckout;
import org.crmkit.offer.HoldCheckout;
import org.crmkit.offer.QuoteCheckout;
import org.crmkit.offer.coupon.CouponId;
import org.crmkit.offer.coupon.CouponTemplate;
import org.crmkit.offer.coupon.IssueCoupon;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.Money;
import org.crmkit.shared.ProgrammeId;
import org.crmkit.shared.TenantId;
import org.crmkit.tier.QualifyingMetrics;
import org.crmkit.tier.Tier;
import org.crmkit.tier.TierBenefits;
import org.crmkit.tier.TierLadder;
import org.crmkit.tier.TierPolicies;

/**
 * The checkout on H2 (file) and PostgreSQL: one checkout = a quote (member price from the tier,
 * shipping, points as cash), a hold of that quote for an order (points held, checkout stored) and
 * its commit (points redeemed), each a unit of work of its own, as a shop calls them. Checkouts per
 * second on 1 and 16 threads (each thread its own customer), beside a bare JDBC baseline measured
 * in the same run: two transactions, one INSERT + one UPDATE (the hold) then one UPDATE + one INSERT
 * (the commit), the fewest writes a checkout that reserves and then spends can make.
 *
 * <p>Run: {@code mvn -B -q -DskipTests package exec:java@checkout -pl benchmarks -am}; {@code
 * -Dexec.args="--seconds 3 --databases h2"} to shorten. PostgreSQL refuses to run as root.
 */
public final class CheckoutBenchmark {

    private static final TenantId TENANT = TenantId.of("checkout-bench");
    private static final Currency CNY = Currency.getInstance("CNY");

    private CheckoutBenchmark() {}

    public static void main(String[] args) throws Exception {
        double seconds = 5;
        List<String> databases = List.of("h2", "postgresql");
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--seconds" -> seconds = Double.parseDouble(args[i + 1]);
                case "--databases" -> databases = List.of(args[i + 1].split(","));
                default -> throw new IllegalArgumentException("unknown option " + args[i] + "; known: --seconds, --databases");
            }
        }
        double measured = seconds;
        System.out.printf(Locale.ROOT, "crmkit checkout benchmark: %.0f s per measurement after 2 s warm-up, %d CPUs, Java %s%n", measured,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        BenchDatabase.forEach(databases, "checkout-bench", 20, db -> run(db, measured));
    }

    /**
     * The JDBC calls (statements + commit, each a round trip) of one checkout's quote, hold and commit, paying with points as
     * the measured checkouts do and with a coupon as well, through a {@link Crm} of their own on a counting data source
     * (the measured ones go through the pool alone), after a few checkouts of each kind to warm its caches.
     */
    private static void printCalls(BenchDatabase db, CustomerId who, Cart cart) {
        CountingDataSource counting = new CountingDataSource(db.dataSource);
        Crm crm = Crm.builder().storage(JdbcStorage.create(counting)).clock(Clock.systemUTC()).build();
        crm.coupons().defineTemplate(CouponTemplate.amountOff(TENANT, "calls-100-10", "10 off 100", Money.of("100.00", "CNY"),
                Money.of("10.00", "CNY")).withPerCustomerLimit(10));
        for (boolean coupon : new boolean[] {false, true}) {
            int[] calls = new int[3];
            for (int round = 0; round < 4; round++) {
                String order = "calls-" + coupon + "-" + round;
                List<CouponId> coupons = coupon
                        ? List.of(crm.coupons().issue(new IssueCoupon(TENANT, who, "calls-100-10", "issue:" + order)).couponId()) : List.of();
                counting.reset();
                CheckoutQuote quote = crm.checkout().quote(new QuoteCheckout(TENANT, who, ProgrammeId.DEFAULT, cart, coupons, 1_000L));
                calls[0] = counting.calls.get();
                counting.reset();
                crm.checkout().hold(new HoldCheckout(TENANT, who, ProgrammeId.DEFAULT, "hold:" + order, order, cart, coupons, quote.points(),
                        null));
                calls[1] = counting.calls.get();
                counting.reset();
                crm.checkout().commit(new CommitCheckout(TENANT, "pay:" + order, order));
                calls[2] = counting.calls.get();
            }
            System.out.printf(Locale.ROOT, "%s: JDBC calls of a checkout paying with points%s (statements + commit): quote %d, hold %d,"
                    + " commit %d%n", db.name, coupon ? " and a coupon" : "", calls[0], calls[1], calls[2]);
        }
    }

    private static void run(BenchDatabase db, double seconds) throws Exception {
        Crm crm = Crm.builder().storage(JdbcStorage.create(db.dataSource)).clock(Clock.systemUTC()).build();
        crm.loyalty().defineProgramme(new LoyaltyProgramme(TENANT, ProgrammeId.DEFAULT, "points", CashRate.of(100, Money.of("1.00", "CNY")),
                RoundingMode.DOWN, ExpiryPolicies.never(), Duration.ZERO, Duration.ofMinutes(15), DebtPolicy.REPORT_SHORTFALL,
                new RedemptionLimits(new BigDecimal("0.5"), 1, 1), Crm.DEFAULT_ZONE, EarningPolicy.basic(CNY, BigDecimal.ONE)));
        TierBenefits gold = new TierBenefits(BigDecimal.ONE, new BigDecimal("0.05"), true, 2, Map.of());
        crm.tiers().defineLadder(TierLadder.of(TENANT, ProgrammeId.DEFAULT, List.of(Tier.of("member", "Member", 0),
                new Tier("gold", "Gold", 1_000, gold)), QualifyingMetrics.growthValue(), TierPolicies.jd(), Crm.DEFAULT_ZONE));
        List<CustomerId> customers = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            CustomerId id = crm.customers().register(RegisterCustomer.of(TENANT, "checkout customer " + i, SourceChannel.APP)).id();
            crm.loyalty().grant(new GrantPoints(TENANT, id, ProgrammeId.DEFAULT, "grant-" + i, 1_000_000_000L, "bench", null, "bench"));
            customers.add(id);
        }
        try (Connection c = db.dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE bench_order (id BIGINT PRIMARY KEY, account INT NOT NULL, status VARCHAR(16) NOT NULL)");
            s.execute("CREATE TABLE bench_entry (id BIGINT PRIMARY KEY, account INT NOT NULL, amount BIGINT NOT NULL)");
            s.execute("CREATE TABLE bench_account (id INT PRIMARY KEY, held BIGINT NOT NULL, balance BIGINT NOT NULL)");
            for (int i = 0; i < 16; i++) {
                s.execute("INSERT INTO bench_account VALUES (" + i + ", 0, 1000000000)");
            }
        }
        AtomicLong orders = new AtomicLong();
        Cart cart = new Cart(List.of(new CartLine("nuts-500g", "snacks", 2, Money.of("100.00", "CNY")),
                new CartLine("tea-250g", "drinks", 1, Money.of("59.90", "CNY"))), Money.of("10.00", "CNY"));
        Throughput.Step checkout = (thread, i) -> {
            CustomerId who = customers.get(thread);
            String order = "o-" + orders.incrementAndGet();
            CheckoutQuote quote = crm.checkout().quote(QuoteCheckout.of(TENANT, who, ProgrammeId.DEFAULT, cart, 1_000L));
            crm.checkout().hold(new HoldCheckout(TENANT, who, ProgrammeId.DEFAULT, "hold:" + order, order, cart, List.of(), quote.points(), null));
            crm.checkout().commit(new CommitCheckout(TENANT, "pay:" + order, order));
            return 1;
        };
        AtomicLong ids = new AtomicLong();
        Throughput.Step bare = (thread, i) -> {
            long order = ids.incrementAndGet();
            try (Connection c = db.dataSource.getConnection()) {
                c.setAutoCommit(false);
                try (PreparedStatement insert = c.prepareStatement("INSERT INTO bench_order (id, account, status) VALUES (?, ?, 'HELD')");
                        PreparedStatement update = c.prepareStatement("UPDATE bench_account SET held = held + 1000 WHERE id = ?")) {
                    insert.setLong(1, order);
                    insert.setInt(2, thread);
                    insert.executeUpdate();
                    update.setInt(1, thread);
                    update.executeUpdate();
                }
                c.commit();
                try (PreparedStatement update = c.prepareStatement("UPDATE bench_order SET status = 'COMMITTED' WHERE id = ?");
                        PreparedStatement insert = c.prepareStatement("INSERT INTO bench_entry (id, account, amount) VALUES (?, ?, -1000)")) {
                    update.setLong(1, order);
                    update.executeUpdate();
                    insert.setLong(1, order);
                    insert.setInt(2, thread);
                    insert.executeUpdate();
                }
                c.commit();
            }
            return 1;
        };
        // each customer checks out, and each baseline account orders, 50 times first; then the statistics are refreshed, as
        // autovacuum would have in a system serving these rows, so neither is measured on plans made for empty tables
        for (int thread = 0; thread < customers.size(); thread++) {
            for (int i = 0; i < 50; i++) {
                checkout.run(thread, i);
                bare.run(thread, i);
            }
        }
        db.analyze();
        printCalls(db, customers.get(0), cart);
        System.out.println(db.name + ": checkout = quote + hold + commit (three units of work); baseline = two bare JDBC transactions"
                + " (INSERT + UPDATE, then UPDATE + INSERT)");
        System.out.printf(Locale.ROOT, "  %-8s %14s %14s %8s%n", "threads", "checkouts/s", "baseline/s", "ratio");
        for (int threads : new int[] {1, 16}) {
            double baseline = Throughput.measure(threads, 2, seconds, bare);
            double rate = Throughput.measure(threads, 2, seconds, checkout);
            System.out.printf(Locale.ROOT, "  %-8d %14.0f %14.0f %8.2f%n", threads, rate, baseline, rate / baseline);
        }
    }
}
