package org.crmkit.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.crmkit.Crm;
import org.crmkit.contract.LedgerPrograms;
import org.crmkit.earning.Campaign;
import org.crmkit.earning.LimitPeriod;
import org.crmkit.loyalty.AccountRef;
import org.crmkit.loyalty.DebtPolicy;
import org.crmkit.loyalty.EntryType;
import org.crmkit.loyalty.GrantPoints;
import org.crmkit.loyalty.InsufficientPointsException;
import org.crmkit.loyalty.LedgerEntry;
import org.crmkit.loyalty.LoyaltyProgramme;
import org.crmkit.loyalty.LoyaltyService;
import org.crmkit.loyalty.PointsAccount;
import org.crmkit.loyalty.PointsReceipt;
import org.crmkit.loyalty.PurchaseOrder;
import org.crmkit.loyalty.RedeemPoints;
import org.crmkit.loyalty.RefundOrder;
import org.crmkit.loyalty.TransferPoints;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.Money;
import org.crmkit.shared.PageRequest;
import org.crmkit.shared.ProgrammeId;
import org.crmkit.shared.TenantId;
import org.crmkit.testing.MutableClock;
import org.crmkit.testing.RegistrationBuilder;
import org.crmkit.testing.Tenants;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Two application instances, each with its own connection pool, {@link JdbcStorage} and {@link
 * Crm}, on one database (a shared in-memory H2, a PostgreSQL database), with eight threads each
 * earning (under a double-points campaign with a budget), redeeming, transferring and refunding on
 * the same four accounts, and replaying each other's operations. Whatever the interleaving, the
 * ledger must account for every point, and the campaign must stay within its budget.
 */
class LedgerTwoInstancesTest {

    private static final int THREADS_PER_INSTANCE = 8;
    private static final int OPERATIONS_PER_THREAD = 30;
    private static final int MEMBERS = 4;
    private static final long GRANTED = 2_000;
    private static final ProgrammeId PROGRAMME = ProgrammeId.DEFAULT;
    private static final String CAMPAIGN = "double-points";
    private static final long CAMPAIGN_BUDGET = 5_000;

    private final MutableClock clock = MutableClock.atSomeMoment();
    private final TenantId tenant = Tenants.fresh();
    private final ExecutorService threads = Executors.newFixedThreadPool(2 * THREADS_PER_INSTANCE);
    private final List<HikariDataSource> pools = new ArrayList<>();
    private final List<LoyaltyService> instances = new ArrayList<>();
    private final List<CustomerId> members = new ArrayList<>();

    @AfterEach
    void stop() throws InterruptedException {
        threads.shutdownNow();
        threads.awaitTermination(60, TimeUnit.SECONDS);
        pools.forEach(HikariDataSource::close);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Dialect.class)
    void two_instances_working_the_same_accounts_account_for_every_point(Dialect dialect) throws Exception {
        // given
        startTwoInstancesOn(dialect);
        Map<String, Long> receipted = new ConcurrentHashMap<>();
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> workers = new ArrayList<>();
        for (int t = 0; t < 2 * THREADS_PER_INSTANCE; t++) {
            int thread = t;
            workers.add(threads.submit(() -> {
                start.await();
                return work(thread, receipted);
            }));
        }

        // when
        start.countDown();
        int operations = 0;
        for (Future<Integer> worker : workers) {
            operations += worker.get(180, TimeUnit.SECONDS);
        }

        // then
        assertThat(operations).isPositive();
        long earned = 0;
        long redeemed = 0;
        long reversed = 0;
        long transferredIn = 0;
        long transferredOut = 0;
        long entries = 0;
        for (CustomerId member : members) {
            assertThat(instances.get(0).balance(tenant, member, PROGRAMME).available()).as("balance of %s", member).isNotNegative();
            PointsAccount account = storageAccount(member);
            assertThat(account.isConserved()).as("account of %s is conserved: %s", member, account).isTrue();
            List<LedgerEntry> statement = statementOf(member);
            assertThat(statement.stream().mapToLong(LedgerEntry::signedPoints).sum())
                    .as("statement of %s adds up to its balance", member).isEqualTo(account.available() + account.pending() + account.held());
            earned += account.earned();
            redeemed += account.redeemed();
            reversed += account.reversed();
            transferredIn += account.transferredIn();
            transferredOut += account.transferredOut();
            entries += statement.size();
        }
        assertThat(earned).isEqualTo(MEMBERS * GRANTED + receipted.getOrDefault("EARN_PURCHASE", 0L));
        assertThat(receipted.getOrDefault("campaign", 0L)).as("campaign bonus given: all the budget, wanted many times over")
                .isEqualTo(CAMPAIGN_BUDGET);
        assertThat(redeemed).isEqualTo(receipted.getOrDefault("REDEEM", 0L));
        assertThat(reversed).isEqualTo(receipted.getOrDefault("REFUND", 0L));
        assertThat(transferredIn).isEqualTo(transferredOut).isEqualTo(receipted.getOrDefault("TRANSFER", 0L));
        assertThat(entries).as("one entry per grant, plus the entries the receipts name").isEqualTo(MEMBERS + receipted.getOrDefault("entries", 0L));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Dialect.class)
    void one_key_sent_to_both_instances_at_once_is_applied_once(Dialect dialect) throws Exception {
        // given
        startTwoInstancesOn(dialect);
        CustomerId li = members.get(0);
        RedeemPoints redeem = new RedeemPoints(tenant, li, PROGRAMME, "pay-once", 300, "voucher");
        CountDownLatch start = new CountDownLatch(1);
        List<Future<PointsReceipt>> requests = new ArrayList<>();
        for (int t = 0; t < 2 * THREADS_PER_INSTANCE; t++) {
            LoyaltyService instance = instances.get(t % 2);
            requests.add(threads.submit(() -> {
                start.await();
                return instance.redeem(redeem);
            }));
        }

        // when
        start.countDown();
        List<PointsReceipt> receipts = new ArrayList<>();
        for (Future<PointsReceipt> request : requests) {
            receipts.add(request.get(120, TimeUnit.SECONDS));
        }

        // then
        assertThat(receipts).containsOnly(receipts.get(0));
        assertThat(statementOf(li)).filteredOn(e -> e.type() == EntryType.REDEEM).hasSize(1);
        assertThat(storageAccount(li).available()).isEqualTo(GRANTED - 300);
    }

    // ---------------------------------------------------------------------------------------

    /** One thread's random operations on its instance, each replayed on the other; returns how many succeeded. */
    private int work(int thread, Map<String, Long> receipted) {
        Random random = new Random(thread);
        LoyaltyService mine = instances.get(thread % 2);
        LoyaltyService other = instances.get(1 - thread % 2);
        List<long[]> orders = new ArrayList<>();
        int succeeded = 0;
        for (int i = 0; i < OPERATIONS_PER_THREAD; i++) {
            String key = "t" + thread + "-" + i;
            int from = random.nextInt(MEMBERS);
            CustomerId customer = members.get(from);
            Function<LoyaltyService, PointsReceipt> operation;
            int kind = random.nextInt(10);
            if (kind < 3) {
                long cents = 100 + random.nextInt(30_000);
                orders.add(new long[] {from, i, cents, 0});
                PurchaseOrder order = new PurchaseOrder(tenant, customer, PROGRAMME, key, "o-" + key, cny(cents), null, List.of());
                operation = instance -> instance.earnForPurchase(order);
            } else if (kind < 5) {
                RedeemPoints redeem = new RedeemPoints(tenant, customer, PROGRAMME, key, 1 + random.nextInt(150), "reward");
                operation = instance -> instance.redeem(redeem);
            } else if (kind < 8) {
                CustomerId to = members.get((from + 1 + random.nextInt(MEMBERS - 1)) % MEMBERS);
                TransferPoints transfer = new TransferPoints(tenant, customer, PROGRAMME, key, to, 1 + random.nextInt(150), null);
                operation = instance -> instance.transfer(transfer);
            } else if (!orders.isEmpty()) {
                long[] order = orders.get(random.nextInt(orders.size()));
                long left = order[2] - order[3];
                if (left == 0) {
                    continue;
                }
                long cents = random.nextBoolean() ? left : 1 + random.nextInt((int) left);
                order[3] += cents;
                RefundOrder refund = new RefundOrder(tenant, members.get((int) order[0]), PROGRAMME, key, "o-t" + thread + "-" + order[1],
                        cny(order[2]), cny(cents));
                operation = instance -> instance.refund(refund);
            } else {
                continue;
            }
            try {
                PointsReceipt receipt = operation.apply(mine);
                receipted.merge(receipt.operation(), receipt.points(), Long::sum);
                receipted.merge("entries", (long) receipt.entryIds().size(), Long::sum);
                receipt.explanation().stream().filter(c -> c.rule().equals("campaign:" + CAMPAIGN))
                        .forEach(c -> receipted.merge("campaign", c.points(), Long::sum));
                succeeded++;
                assertThat(operation.apply(other)).as("replay of %s on the other instance", key).isEqualTo(receipt);
            } catch (InsufficientPointsException e) {
                // someone else spent the points first
            }
        }
        return succeeded;
    }

    private void startTwoInstancesOn(Dialect dialect) {
        String url = TestDatabases.freshUrl(dialect);
        for (int i = 0; i < 2; i++) {
            HikariDataSource pool = TestDatabases.pool(url, THREADS_PER_INSTANCE);
            pools.add(pool);
            instances.add(Crm.builder().storage(JdbcStorage.create(pool)).clock(clock).build().loyalty());
        }
        LoyaltyProgramme simple = LedgerPrograms.simple(tenant, DebtPolicy.REPORT_SHORTFALL, Duration.ofHours(1));
        Campaign doublePoints = Campaign.of(CAMPAIGN, new BigDecimal("2"), clock.instant().minus(Duration.ofDays(1)),
                clock.instant().plus(Duration.ofDays(1))).withBudget(CAMPAIGN_BUDGET).withPerCustomerLimit(3_000, LimitPeriod.DAY);
        instances.get(0).defineProgramme(new LoyaltyProgramme(tenant, PROGRAMME, simple.pointsName(), simple.cashRate(), simple.rounding(),
                simple.expiry(), simple.pendingPeriod(), simple.holdTtl(), simple.debtPolicy(), simple.redemptionLimits(), simple.zone(),
                simple.earning().withCampaign(doublePoints)));
        Crm first = Crm.builder().storage(JdbcStorage.withoutMigrating(pools.get(0), dialect)).clock(clock).build();
        for (int i = 0; i < MEMBERS; i++) {
            CustomerId member = first.customers().register(RegistrationBuilder.aRegistration(tenant).displayName("Member " + i).build()).id();
            members.add(member);
            instances.get(i % 2).grant(new GrantPoints(tenant, member, PROGRAMME, "welcome-" + i, GRANTED, "welcome", null, "agent-7"));
        }
    }

    private PointsAccount storageAccount(CustomerId member) {
        return JdbcStorage.withoutMigrating(pools.get(1), dialectOf()).pointsLedger().find(AccountRef.of(tenant, member, PROGRAMME))
                .orElseThrow();
    }

    private Dialect dialectOf() {
        return pools.get(0).getJdbcUrl().startsWith("jdbc:h2") ? Dialect.H2 : Dialect.POSTGRESQL;
    }

    private List<LedgerEntry> statementOf(CustomerId member) {
        return instances.get(1).statement(tenant, member, PROGRAMME, PageRequest.first(PageRequest.MAX_LIMIT)).items();
    }

    private static Money cny(long cents) {
        return Money.of(java.math.BigDecimal.valueOf(cents, 2), java.util.Currency.getInstance("CNY"));
    }
}
