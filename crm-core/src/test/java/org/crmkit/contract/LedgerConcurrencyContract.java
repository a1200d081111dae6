package org.crmkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.crmkit.Crm;
import org.crmkit.loyalty.AccountRef;
import org.crmkit.loyalty.BalanceView;
import org.crmkit.loyalty.CommitHold;
import org.crmkit.loyalty.DebtPolicy;
import org.crmkit.loyalty.EntryType;
import org.crmkit.loyalty.GrantPoints;
import org.crmkit.loyalty.HoldNotOpenException;
import org.crmkit.loyalty.HoldPoints;
import org.crmkit.loyalty.InsufficientPointsException;
import org.crmkit.loyalty.LedgerEntry;
import org.crmkit.loyalty.LoyaltyService;
import org.crmkit.loyalty.PointsAccount;
import org.crmkit.loyalty.PointsReceipt;
import org.crmkit.loyalty.PurchaseOrder;
import org.crmkit.loyalty.RedeemPoints;
import org.crmkit.loyalty.ReleaseHold;
import org.crmkit.loyalty.TransferPoints;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.Money;
import org.crmkit.shared.PageRequest;
import org.crmkit.shared.ProgrammeId;
import org.crmkit.shared.TenantId;
import org.crmkit.spi.CrmStorage;
import org.crmkit.testing.MutableClock;
import org.crmkit.testing.Outboxes;
import org.crmkit.testing.RegistrationBuilder;
import org.crmkit.testing.Tenants;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The ledger under contention: sixteen threads on one account or two, started together on a
 * latch. Asserts outcomes (who succeeded, what the ledger holds), never timing; a deadlock shows
 * as a thread that does not finish within a generous bound.
 */
public abstract class LedgerConcurrencyContract {

    private static final int THREADS = 16;
    private static final ProgrammeId PROGRAMME = ProgrammeId.DEFAULT;

    private final MutableClock clock = MutableClock.atSomeMoment();
    private final TenantId tenant = Tenants.fresh();
    private final ExecutorService pool = Executors.newFixedThreadPool(THREADS + 1);
    private LoyaltyService loyalty;

    /** The storage under test; may be shared with other tests. */
    protected abstract CrmStorage storage();

    @BeforeEach
    void defineTheProgramme() {
        Crm crm = Crm.builder().storage(storage()).clock(clock).build();
        loyalty = crm.loyalty();
        loyalty.defineProgramme(LedgerPrograms.simple(tenant, DebtPolicy.REPORT_SHORTFALL, Duration.ofHours(1)));
    }

    @AfterEach
    void stopThreads() throws InterruptedException {
        pool.shutdownNow();
        pool.awaitTermination(60, TimeUnit.SECONDS);
        Outboxes.drainAll(storage().outbox());
    }

    @Test
    void of_sixteen_threads_spending_from_an_account_with_points_for_eight_exactly_eight_succeed() throws Exception {
        // given
        CustomerId li = member("Li");
        grant(li, 8 * 25);
        CountDownLatch start = new CountDownLatch(1);
        AtomicBoolean spending = new AtomicBoolean(true);
        AtomicLong lowest = new AtomicLong(Long.MAX_VALUE);
        Future<Integer> watcher = pool.submit(() -> watchTheBalance(li, spending, lowest));
        List<Future<PointsReceipt>> spenders = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            RedeemPoints redeem = new RedeemPoints(tenant, li, PROGRAMME, "spend-" + i, 25, "voucher-" + i);
            spenders.add(pool.submit(afterStart(start, () -> loyalty.redeem(redeem))));
        }

        // when
        start.countDown();
        Outcomes<PointsReceipt> outcomes = Outcomes.of(spenders);
        spending.set(false);
        int reads = watcher.get(120, TimeUnit.SECONDS);

        // then
        assertThat(outcomes.succeeded()).hasSize(8);
        assertThat(outcomes.failed()).hasSize(8).allSatisfy(e -> assertThat(e).isInstanceOf(InsufficientPointsException.class));
        BalanceView balance = balanceOf(li);
        assertThat(balance.available()).isZero();
        assertThat(balance.lifetimeRedeemed()).isEqualTo(200);
        assertThat(reads).isPositive();
        assertThat(lowest.get()).as("the lowest available balance seen while spending").isNotNegative();
        assertThat(entriesOf(li)).filteredOn(e -> e.type() == EntryType.REDEEM).hasSize(8);
        assertThat(accountOf(li).isConserved()).isTrue();
    }

    @Test
    void sixteen_threads_replaying_one_purchase_key_write_one_entry_and_get_equal_receipts() throws Exception {
        // given
        CustomerId li = member("Li");
        PurchaseOrder order = PurchaseOrder.of(tenant, li, PROGRAMME, "order-618", Money.of("618.00", "CNY"));
        CountDownLatch start = new CountDownLatch(1);
        List<Future<PointsReceipt>> buyers = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            buyers.add(pool.submit(afterStart(start, () -> loyalty.earnForPurchase(order))));
        }

        // when
        start.countDown();
        Outcomes<PointsReceipt> outcomes = Outcomes.of(buyers);

        // then
        assertThat(outcomes.failed()).isEmpty();
        assertThat(outcomes.succeeded()).hasSize(THREADS).containsOnly(outcomes.succeeded().get(0));
        assertThat(outcomes.succeeded().get(0).points()).isEqualTo(618);
        assertThat(entriesOf(li)).singleElement().satisfies(e -> assertThat(e.type()).isEqualTo(EntryType.EARN));
        assertThat(balanceOf(li).available()).isEqualTo(618);
    }

    @Test
    void sixteen_threads_replaying_one_redemption_key_write_one_entry_and_get_equal_receipts() throws Exception {
        // given
        CustomerId li = member("Li");
        grant(li, 100);
        RedeemPoints redeem = new RedeemPoints(tenant, li, PROGRAMME, "redeem-once", 30, "mug");
        CountDownLatch start = new CountDownLatch(1);
        List<Future<PointsReceipt>> spenders = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            spenders.add(pool.submit(afterStart(start, () -> loyalty.redeem(redeem))));
        }

        // when
        start.countDown();
        Outcomes<PointsReceipt> outcomes = Outcomes.of(spenders);

        // then
        assertThat(outcomes.failed()).isEmpty();
        assertThat(outcomes.succeeded()).hasSize(THREADS).containsOnly(outcomes.succeeded().get(0));
        assertThat(entriesOf(li)).filteredOn(e -> e.type() == EntryType.REDEEM).hasSize(1);
        assertThat(balanceOf(li).available()).isEqualTo(70);
    }

    @Test
    void transfers_in_both_directions_between_two_members_all_finish_and_conserve_the_total() throws Exception {
        // given
        CustomerId li = member("Li");
        CustomerId han = member("Han");
        grant(li, 1_000);
        grant(han, 1_000);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Long>> movers = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            boolean liGives = t % 2 == 0;
            Random random = new Random(t);
            String thread = "t" + t;
            movers.add(pool.submit(afterStart(start, () -> {
                long moved = 0;
                for (int i = 0; i < 15; i++) {
                    long points = 1 + random.nextInt(60);
                    try {
                        loyalty.transfer(new TransferPoints(tenant, liGives ? li : han, PROGRAMME, thread + "-" + i, liGives ? han : li,
                                points, "family sharing"));
                        moved += points;
                    } catch (InsufficientPointsException e) {
                        // the giver ran dry for now; the other direction will refill it
                    }
                }
                return liGives ? moved : -moved;
            })));
        }

        // when
        start.countDown();
        Outcomes<Long> outcomes = Outcomes.of(movers);

        // then
        assertThat(outcomes.failed()).isEmpty();
        long fromLiToHan = outcomes.succeeded().stream().mapToLong(Long::longValue).sum();
        PointsAccount liAccount = accountOf(li);
        PointsAccount hanAccount = accountOf(han);
        assertThat(liAccount.available() + hanAccount.available()).isEqualTo(2_000);
        assertThat(liAccount.available()).isEqualTo(1_000 - fromLiToHan);
        assertThat(liAccount.transferredOut()).isEqualTo(hanAccount.transferredIn());
        assertThat(hanAccount.transferredOut()).isEqualTo(liAccount.transferredIn());
        assertThat(liAccount.isConserved()).isTrue();
        assertThat(hanAccount.isConserved()).isTrue();
        assertThat(signedSumOf(entriesOf(li))).isEqualTo(liAccount.available());
        assertThat(signedSumOf(entriesOf(han))).isEqualTo(hanAccount.available());
    }

    @Test
    void concurrent_holds_commits_and_releases_on_one_account_conserve_its_points() throws Exception {
        // given
        CustomerId li = member("Li");
        grant(li, 1_000);
        BlockingQueue<String[]> toSettle = new LinkedBlockingQueue<>();
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Long>> holders = new ArrayList<>();
        for (int t = 0; t < THREADS / 2; t++) {
            Random random = new Random(t);
            String thread = "h" + t;
            holders.add(pool.submit(afterStart(start, () -> {
                long placed = 0;
                for (int i = 0; i < 10; i++) {
                    try {
                        PointsReceipt hold = loyalty.hold(new HoldPoints(tenant, li, PROGRAMME, thread + "-" + i,
                                10 + random.nextInt(90), "order-" + thread + "-" + i, null, null));
                        placed++;
                        // two contenders per hold: exactly one of them may win
                        toSettle.add(new String[] {hold.holdId(), random.nextBoolean() ? "commit" : "release"});
                        toSettle.add(new String[] {hold.holdId(), random.nextBoolean() ? "commit" : "release"});
                    } catch (InsufficientPointsException e) {
                        // everything is held at the moment; commits and releases go on
                    }
                }
                return placed;
            })));
        }
        List<Future<long[]>> settlers = new ArrayList<>();
        for (int t = 0; t < THREADS / 2; t++) {
            String thread = "s" + t;
            settlers.add(pool.submit(afterStart(start, () -> settle(toSettle, thread))));
        }

        // when
        start.countDown();
        long holds = Outcomes.of(holders).succeeded().stream().mapToLong(Long::longValue).sum();
        for (int t = 0; t < THREADS / 2; t++) {
            toSettle.add(new String[] {"stop", "stop"});
        }
        Outcomes<long[]> settled = Outcomes.of(settlers);

        // then
        assertThat(settled.failed()).isEmpty();
        long wins = settled.succeeded().stream().mapToLong(s -> s[0]).sum();
        long losses = settled.succeeded().stream().mapToLong(s -> s[1]).sum();
        long committed = settled.succeeded().stream().mapToLong(s -> s[2]).sum();
        assertThat(wins).as("holds committed or released once").isEqualTo(holds);
        assertThat(losses).as("second contenders refused").isEqualTo(holds);
        PointsAccount account = accountOf(li);
        assertThat(account.held()).isZero();
        assertThat(account.redeemed()).isEqualTo(committed);
        assertThat(account.available()).isEqualTo(1_000 - committed);
        assertThat(account.isConserved()).isTrue();
        List<LedgerEntry> entries = entriesOf(li);
        assertThat(entries).filteredOn(e -> e.type() == EntryType.HOLD).hasSize((int) holds);
        assertThat(entries).filteredOn(e -> e.type() == EntryType.REDEEM || e.type() == EntryType.HOLD_RELEASE).hasSize((int) holds);
        assertThat(signedSumOf(entries)).isEqualTo(account.available());
    }

    @Test
    void batch_settlement_from_many_threads_racing_with_spending_and_reads_expires_each_point_once() throws Exception {
        // given: each member has a lot that expired with points still held in a timed-out hold, and a younger lot
        TenantId expiringTenant = Tenants.fresh();
        LoyaltyService expiring = Crm.builder().storage(storage()).clock(clock).build().loyalty();
        expiring.defineProgramme(LedgerPrograms.expiring(expiringTenant, 1, Duration.ofMinutes(15)));
        List<CustomerId> members = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            CustomerId member = Crm.builder().storage(storage()).clock(clock).build().customers()
                    .register(RegistrationBuilder.aRegistration(expiringTenant).displayName("Member " + i).build()).id();
            members.add(member);
            expiring.grant(new GrantPoints(expiringTenant, member, PROGRAMME, "old-" + i, 100, "welcome", null, "agent-7"));
        }
        clock.advance(Duration.ofDays(20));
        for (int i = 0; i < members.size(); i++) {
            expiring.grant(new GrantPoints(expiringTenant, members.get(i), PROGRAMME, "young-" + i, 50, "goodwill", null, "agent-7"));
            expiring.hold(new HoldPoints(expiringTenant, members.get(i), PROGRAMME, "hold-" + i, 30, "order-" + i, null, null));
        }
        clock.advance(Duration.ofDays(15));
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> work = new ArrayList<>();
        for (int shard = 0; shard < 4; shard++) {
            int mine = shard;
            work.add(pool.submit(afterStart(start, () -> expiring.settleDue(mine, 4))));
        }
        for (int t = 0; t < 2; t++) {
            work.add(pool.submit(afterStart(start, () -> expiring.settleDue(0, 1))));
        }
        for (int i = 0; i < members.size(); i++) {
            CustomerId member = members.get(i);
            String key = "spend-" + i;
            work.add(pool.submit(afterStart(start, () -> (int) expiring.redeem(
                    new RedeemPoints(expiringTenant, member, PROGRAMME, key, 20, "coffee")).points())));
            work.add(pool.submit(afterStart(start, () -> (int) expiring.balance(expiringTenant, member, PROGRAMME).available())));
        }

        // when
        start.countDown();
        Outcomes<Integer> outcomes = Outcomes.of(work);

        // then
        assertThat(outcomes.failed()).isEmpty();
        for (CustomerId member : members) {
            PointsAccount account = storage().pointsLedger().find(AccountRef.of(expiringTenant, member, PROGRAMME)).orElseThrow();
            assertThat(List.of(account.available(), account.held(), account.expired(), account.redeemed()))
                    .as("available, held, expired, redeemed of %s", member).containsExactly(30L, 0L, 100L, 20L);
            assertThat(account.isConserved()).isTrue();
            List<LedgerEntry> entries = expiring.statement(expiringTenant, member, PROGRAMME, PageRequest.first(100)).items();
            assertThat(entries.stream().filter(e -> e.type() == EntryType.EXPIRE).mapToLong(LedgerEntry::points).sum())
                    .as("points expired by entries of %s", member).isEqualTo(100);
            assertThat(entries).filteredOn(e -> e.type() == EntryType.HOLD_RELEASE).hasSize(1);
        }
    }

    // ---------------------------------------------------------------------------------------

    /** Commits or releases holds from the queue until told to stop; returns {wins, refusals, points committed}. */
    private long[] settle(BlockingQueue<String[]> queue, String thread) throws InterruptedException {
        long[] tally = new long[3];
        for (int i = 0; ; i++) {
            String[] job = queue.take();
            if (job[0].equals("stop")) {
                return tally;
            }
            String key = thread + "-" + i;
            try {
                PointsReceipt receipt = job[1].equals("commit")
                        ? loyalty.commit(new CommitHold(tenant, key, job[0]))
                        : loyalty.release(new ReleaseHold(tenant, key, job[0]));
                tally[0]++;
                if (job[1].equals("commit")) {
                    tally[2] += receipt.points();
                }
            } catch (HoldNotOpenException e) {
                tally[1]++;
            }
        }
    }

    private int watchTheBalance(CustomerId customer, AtomicBoolean spending, AtomicLong lowest) {
        int reads = 0;
        do {
            lowest.accumulateAndGet(balanceOf(customer).available(), Math::min);
            storage().pointsLedger().find(ref(customer)).ifPresent(a -> lowest.accumulateAndGet(a.available(), Math::min));
            reads++;
        } while (spending.get());
        return reads;
    }

    private CustomerId member(String name) {
        return Crm.builder().storage(storage()).clock(clock).build().customers()
                .register(RegistrationBuilder.aRegistration(tenant).displayName(name).build()).id();
    }

    private void grant(CustomerId customer, long points) {
        loyalty.grant(new GrantPoints(tenant, customer, PROGRAMME, "grant-" + customer.value(), points, "welcome", null, "agent-7"));
    }

    private BalanceView balanceOf(CustomerId customer) {
        return loyalty.balance(tenant, customer, PROGRAMME);
    }

    private PointsAccount accountOf(CustomerId customer) {
        return storage().pointsLedger().find(ref(customer)).orElseThrow();
    }

    private List<LedgerEntry> entriesOf(CustomerId customer) {
        return loyalty.statement(tenant, customer, PROGRAMME, PageRequest.first(PageRequest.MAX_LIMIT)).items();
    }

    private static long signedSumOf(List<LedgerEntry> entries) {
        return entries.stream().mapToLong(LedgerEntry::signedPoints).sum();
    }

    private AccountRef ref(CustomerId customer) {
        return AccountRef.of(tenant, customer, PROGRAMME);
    }

    private static <T> Callable<T> afterStart(CountDownLatch start, Callable<T> work) {
        return () -> {
            start.await();
            return work.call();
        };
    }

    /** What a group of threads returned or threw. */
    private record Outcomes<T>(List<T> succeeded, List<Throwable> failed) {
        static <T> Outcomes<T> of(List<Future<T>> futures) throws InterruptedException, java.util.concurrent.TimeoutException {
            List<T> succeeded = new ArrayList<>();
            List<Throwable> failed = new ArrayList<>();
            for (Future<T> future : futures) {
                try {
                    succeeded.add(future.get(120, TimeUnit.SECONDS));
                } catch (ExecutionException e) {
                    failed.add(e.getCause());
                }
            }
            return new Outcomes<>(succeeded, failed);
        }
    }
}
