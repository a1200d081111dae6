package org.crmkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crmkit.contract.CouponFixture.cart;
import static org.crmkit.contract.CouponFixture.line;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.crmkit.offer.coupon.ClaimCode;
import org.crmkit.offer.coupon.Coupon;
import org.crmkit.offer.coupon.CouponId;
import org.crmkit.offer.coupon.CouponLock;
import org.crmkit.offer.coupon.CouponReport;
import org.crmkit.offer.coupon.CouponStatus;
import org.crmkit.offer.coupon.CouponUnavailableException;
import org.crmkit.offer.coupon.CouponsNotApplicableException;
import org.crmkit.offer.coupon.DefineCouponCodes;
import org.crmkit.offer.coupon.IssueCoupon;
import org.crmkit.shared.CustomerId;
import org.crmkit.spi.CrmStorage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Coupons under contention: sixteen threads started together on a latch, on the last stock, on
 * one customer's limit, on one code, on one coupon. Asserts outcomes (who succeeded, what is
 * stored), never timing.
 */
public abstract class CouponConcurrencyContract {

    private static final int THREADS = 16;

    private final ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    private CouponFixture f;

    /** The storage under test; may be shared with other tests. */
    protected abstract CrmStorage storage();

    @BeforeEach
    void startTheFixture() {
        f = new CouponFixture(storage());
    }

    @AfterEach
    void stopThreads() throws InterruptedException {
        pool.shutdownNow();
        pool.awaitTermination(60, TimeUnit.SECONDS);
    }

    private List<CustomerId> members(int count) {
        List<CustomerId> members = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            members.add(f.member("Member " + i));
        }
        return members;
    }

    private long issuedOf(String templateId) {
        return f.coupons.report(f.tenant).stream().filter(r -> r.templateId().equals(templateId)).mapToLong(CouponReport::issued).sum();
    }

    @Test
    void sixteen_customers_racing_for_the_last_coupon_of_the_stock_get_exactly_one() throws Exception {
        // given: a stock of 5, 4 issued
        f.coupons.defineTemplate(f.amountOff("flash", "0.00", "50.00").withTotalStock(5L));
        for (CustomerId early : members(4)) {
            f.issue(early, "flash");
        }
        List<CustomerId> racers = members(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Coupon>> issues = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            IssueCoupon command = new IssueCoupon(f.tenant, racers.get(i), "flash", "race-" + i);
            issues.add(pool.submit(afterStart(start, () -> f.coupons.issue(command))));
        }

        // when
        start.countDown();
        Outcomes<Coupon> outcomes = Outcomes.of(issues);

        // then
        assertThat(outcomes.succeeded()).hasSize(1);
        assertThat(outcomes.failed()).hasSize(THREADS - 1).allSatisfy(e -> assertThat(e).isInstanceOf(CouponUnavailableException.class));
        assertThat(issuedOf("flash")).isEqualTo(5);
    }

    @Test
    void sixteen_issues_to_one_customer_with_a_limit_of_three_issue_exactly_three() throws Exception {
        // given
        f.coupons.defineTemplate(f.amountOff("three-each", "0.00", "5.00").withPerCustomerLimit(3));
        CustomerId li = f.member("Li");
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Coupon>> issues = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            IssueCoupon command = new IssueCoupon(f.tenant, li, "three-each", "li-" + i);
            issues.add(pool.submit(afterStart(start, () -> f.coupons.issue(command))));
        }

        // when
        start.countDown();
        Outcomes<Coupon> outcomes = Outcomes.of(issues);

        // then
        assertThat(outcomes.succeeded()).hasSize(3);
        assertThat(outcomes.failed()).hasSize(THREADS - 3).allSatisfy(e -> assertThat(e).isInstanceOf(CouponUnavailableException.class));
        assertThat(f.coupons.couponsOf(f.tenant, li)).hasSize(3);
    }

    @Test
    void sixteen_replays_of_one_issue_key_issue_one_coupon_and_return_it_to_all() throws Exception {
        // given
        f.coupons.defineTemplate(f.amountOff("welcome", "0.00", "5.00").withPerCustomerLimit(20));
        CustomerId li = f.member("Li");
        IssueCoupon command = new IssueCoupon(f.tenant, li, "welcome", "welcome-li");
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Coupon>> issues = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            issues.add(pool.submit(afterStart(start, () -> f.coupons.issue(command))));
        }

        // when
        start.countDown();
        Outcomes<Coupon> outcomes = Outcomes.of(issues);

        // then
        assertThat(outcomes.failed()).isEmpty();
        assertThat(outcomes.succeeded()).hasSize(THREADS).containsOnly(outcomes.succeeded().get(0));
        assertThat(f.coupons.couponsOf(f.tenant, li)).hasSize(1);
    }

    @Test
    void sixteen_customers_claiming_a_shared_code_limited_to_five_get_five_coupons() throws Exception {
        // given
        f.coupons.defineTemplate(f.amountOff("live", "0.00", "8.00"));
        f.coupons.defineCodes(new DefineCouponCodes(f.tenant, "live", List.of("LIVE618"), 5));
        List<CustomerId> fans = members(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Coupon>> claims = new ArrayList<>();
        for (CustomerId fan : fans) {
            claims.add(pool.submit(afterStart(start, () -> f.coupons.claim(new ClaimCode(f.tenant, fan, "LIVE618")))));
        }

        // when
        start.countDown();
        Outcomes<Coupon> outcomes = Outcomes.of(claims);

        // then
        assertThat(outcomes.succeeded()).hasSize(5);
        assertThat(outcomes.failed()).hasSize(THREADS - 5).allSatisfy(e -> assertThat(e).isInstanceOf(CouponUnavailableException.class));
        assertThat(issuedOf("live")).isEqualTo(5);
    }

    @Test
    void sixteen_orders_locking_one_coupon_lock_it_once() throws Exception {
        // given
        CustomerId li = f.member("Li");
        CouponId id = f.give(li, f.amountOff("one", "0.00", "5.00"));
        CountDownLatch start = new CountDownLatch(1);
        List<Future<CouponLock>> locks = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            String order = "order-" + i;
            locks.add(pool.submit(afterStart(start, () -> f.lock(li, order, cart("0.00", line("tea-1", "tea", 1, "20.00")), id))));
        }

        // when
        start.countDown();
        Outcomes<CouponLock> outcomes = Outcomes.of(locks);

        // then
        assertThat(outcomes.succeeded()).hasSize(1);
        assertThat(outcomes.failed()).hasSize(THREADS - 1).allSatisfy(e -> assertThat(e).isInstanceOf(CouponsNotApplicableException.class));
        Coupon stored = f.coupons.couponsOf(f.tenant, li).get(0);
        assertThat(stored.status()).isEqualTo(CouponStatus.LOCKED);
        assertThat(stored.orderReference()).isEqualTo(outcomes.succeeded().get(0).orderReference());
    }

    @Test
    void sixteen_orders_locking_the_same_two_coupons_listed_in_opposite_orders_lock_them_once_without_deadlock() throws Exception {
        for (int round = 0; round < 3; round++) {
            // given
            CustomerId li = f.member("Li " + round);
            CouponId a = f.give(li, f.amountOff("a-" + round, "0.00", "5.00").withStacking(org.crmkit.offer.coupon.StackingGroup.named("a")));
            CouponId b = f.give(li, f.amountOff("b-" + round, "0.00", "3.00").withStacking(org.crmkit.offer.coupon.StackingGroup.named("b")));
            CountDownLatch start = new CountDownLatch(1);
            List<Future<CouponLock>> locks = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                String order = "order-" + round + "-" + i;
                CouponId[] listed = i % 2 == 0 ? new CouponId[] {a, b} : new CouponId[] {b, a};
                locks.add(pool.submit(afterStart(start, () -> f.lock(li, order, cart("0.00", line("tea-1", "tea", 1, "20.00")), listed))));
            }

            // when
            start.countDown();
            Outcomes<CouponLock> outcomes = Outcomes.of(locks);

            // then
            assertThat(outcomes.succeeded()).as("round %s", round).hasSize(1);
            assertThat(outcomes.failed()).as("round %s", round).hasSize(THREADS - 1)
                    .allSatisfy(e -> assertThat(e).isInstanceOf(CouponsNotApplicableException.class));
            String winner = outcomes.succeeded().get(0).orderReference();
            assertThat(f.coupons.couponsOf(f.tenant, li)).allSatisfy(c -> assertThat(c.orderReference()).isEqualTo(winner));
        }
    }

    @Test
    void segment_issues_under_other_keys_racing_single_issues_never_pass_a_limit_of_two() throws Exception {
        // given 30 members, a template of at most two per customer, 8 segment issues under 8 keys
        // (each a page of all 30) and 8 threads issuing one coupon to each member in turn
        f.coupons.defineTemplate(f.amountOff("two-each", "0.00", "5.00").withPerCustomerLimit(2));
        List<CustomerId> everyone = members(30);
        org.crmkit.segment.Segment all = org.crmkit.segment.Segment.of("all", org.crmkit.segment.Criteria.everyone());
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Long>> runs = new ArrayList<>();
        for (int i = 0; i < THREADS / 2; i++) {
            String key = "wave-" + i;
            runs.add(pool.submit(afterStart(start, () -> f.coupons.issueToSegment(f.tenant, "two-each", all, key, 0, 1).issued())));
        }
        for (int i = 0; i < THREADS / 2; i++) {
            int thread = i;
            runs.add(pool.submit(afterStart(start, () -> {
                long issued = 0;
                for (CustomerId member : everyone) {
                    try {
                        f.coupons.issue(new IssueCoupon(f.tenant, member, "two-each", "single-" + thread + "-" + member.value()));
                        issued++;
                    } catch (CouponUnavailableException limitReached) {
                        // expected once the member has two
                    }
                }
                return issued;
            })));
        }

        // when
        start.countDown();
        Outcomes<Long> outcomes = Outcomes.of(runs);

        // then every member has exactly two, and the runs issued exactly that many
        assertThat(outcomes.failed()).isEmpty();
        assertThat(outcomes.succeeded().stream().mapToLong(Long::longValue).sum()).isEqualTo(60);
        assertThat(everyone).allSatisfy(m -> assertThat(f.coupons.couponsOf(f.tenant, m)).hasSize(2));
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
