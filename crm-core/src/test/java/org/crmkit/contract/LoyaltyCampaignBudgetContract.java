package org.crmkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.crmkit.earning.Campaign;
import org.crmkit.earning.LimitPeriod;
import org.crmkit.loyalty.PointsReceipt;
import org.crmkit.loyalty.PurchaseOrder;
import org.crmkit.shared.CustomerId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * End to end: a campaign's global budget and its per-customer limit (per day, week or month in the
 * programme's zone) are never exceeded — also when 16 threads earn at once — and are used up
 * exactly when demand exceeds them. Each order of CNY 100 asks the double-points campaign for 100.
 */
public abstract class LoyaltyCampaignBudgetContract extends LoyaltyFixture {

    private static final int THREADS = 16;
    private static final Campaign DOUBLE_POINTS = Campaign.of("summer", new BigDecimal("2"),
            shanghai("2025-05-01T00:00"), shanghai("2026-01-01T00:00"));

    private final ExecutorService pool = Executors.newFixedThreadPool(THREADS);

    @AfterEach
    void stopThreads() throws InterruptedException {
        pool.shutdownNow();
        pool.awaitTermination(30, TimeUnit.SECONDS);
    }

    @Test
    void the_global_budget_is_shared_by_members_and_cut_when_nearly_used_up() {
        // given
        define(aProgramme().campaign(DOUBLE_POINTS.withBudget(150)));
        CustomerId wang = register("Wang");

        // when
        PointsReceipt first = buy(li, "o-1", "100.00");
        PointsReceipt second = buy(han, "o-2", "100.00");
        PointsReceipt third = buy(wang, "o-3", "100.00");

        // then
        assertThat(List.of(first, second, third)).extracting(this::campaignPoints).containsExactly(100L, 50L, 0L);
        assertThat(second.explanation()).anySatisfy(c -> assertThat(c.explanation()).contains("cut from 100", "budget"));
        assertThat(third.points()).isEqualTo(100);
    }

    @Test
    void orders_earned_in_one_outer_unit_of_work_see_the_budget_each_one_before_them_used() {
        // given: the budget's counter exists, so a store may read it with each account's lock
        define(aProgramme().campaign(DOUBLE_POINTS.withBudget(250)));
        CustomerId wang = register("Wang");
        buy(wang, "o-0", "100.00");

        // when: three orders in one unit of work, the first two of one member
        List<PointsReceipt> receipts = storage().transactions().inTransaction(() -> List.of(
                buy(li, "o-1", "100.00"), buy(li, "o-2", "100.00"), buy(han, "o-3", "100.00")));

        // then
        assertThat(receipts).extracting(this::campaignPoints).containsExactly(100L, 50L, 0L);
    }

    @Test
    void sixteen_members_earning_at_once_use_the_global_budget_exactly() throws Exception {
        // given
        define(aProgramme().campaign(DOUBLE_POINTS.withBudget(1000)));
        List<CustomerId> members = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            members.add(register("Member " + i));
        }

        // when
        List<PointsReceipt> receipts = concurrently(i -> buy(members.get(i), "o-" + i, "100.00"));

        // then
        assertThat(receipts).allSatisfy(r -> assertThat(campaignPoints(r)).isBetween(0L, 100L));
        assertThat(receipts.stream().mapToLong(this::campaignPoints).sum()).isEqualTo(1000);
        assertThat(members.stream().mapToLong(this::availableOf).sum()).isEqualTo(THREADS * 100 + 1000);
    }

    @Test
    void sixteen_orders_of_one_member_at_once_use_the_per_customer_limit_exactly() throws Exception {
        // given
        define(aProgramme().campaign(DOUBLE_POINTS.withPerCustomerLimit(250, LimitPeriod.DAY).withBudget(100_000)));

        // when
        List<PointsReceipt> receipts = concurrently(i -> buy(li, "o-" + i, "100.00"));

        // then
        assertThat(receipts.stream().mapToLong(this::campaignPoints).sum()).isEqualTo(250);
        assertThat(availableOf(li)).isEqualTo(THREADS * 100 + 250);
        assertThat(buy(han, "o-han", "100.00").points()).as("another member's limit").isEqualTo(200);
    }

    @Test
    void a_per_customer_limit_without_demand_beyond_it_gives_every_order_its_bonus() throws Exception {
        // given
        define(aProgramme().campaign(DOUBLE_POINTS.withPerCustomerLimit(10_000, LimitPeriod.MONTH)));

        // when
        List<PointsReceipt> receipts = concurrently(i -> buy(li, "o-" + i, "100.00"));

        // then
        assertThat(receipts).allSatisfy(r -> assertThat(campaignPoints(r)).isEqualTo(100));
    }

    @ParameterizedTest(name = "per {0}: cut at {2}, again at {3}")
    @CsvSource({
        "DAY,   2025-06-02T10:00, 2025-06-02T23:59, 2025-06-03T00:00",
        "WEEK,  2025-06-02T10:00, 2025-06-08T23:59, 2025-06-09T00:00",
        "MONTH, 2025-06-02T10:00, 2025-06-30T23:59, 2025-07-01T00:00"
    })
    void the_per_customer_limit_counts_per_window_in_the_programme_zone(LimitPeriod period, String first, String sameWindow,
            String nextWindow) {
        // given: 2025-06-02 is a Monday
        define(aProgramme().campaign(DOUBLE_POINTS.withPerCustomerLimit(150, period)));
        clock.set(shanghai(first));
        PointsReceipt full = buy(li, "o-1", "100.00");

        // when
        clock.set(shanghai(sameWindow));
        PointsReceipt cut = buy(li, "o-2", "100.00");
        PointsReceipt nothingLeft = buy(li, "o-3", "100.00");
        clock.set(shanghai(nextWindow));
        PointsReceipt renewed = buy(li, "o-4", "100.00");

        // then
        assertThat(List.of(full, cut, nothingLeft, renewed)).extracting(this::campaignPoints).containsExactly(100L, 50L, 0L, 100L);
        assertThat(cut.explanation()).anySatisfy(c -> assertThat(c.explanation()).contains("per-customer limit 150 per " + period));
    }

    @Test
    void a_replayed_order_uses_the_budget_once() {
        // given
        define(aProgramme().campaign(DOUBLE_POINTS.withBudget(150)));
        PointsReceipt first = buy(li, "o-1", "100.00");

        // when
        PointsReceipt replay = buy(li, "o-1", "100.00");
        PointsReceipt other = buy(han, "o-2", "100.00");

        // then
        assertThat(replay).isEqualTo(first);
        assertThat(campaignPoints(other)).isEqualTo(50);
    }

    @Test
    void two_programmes_of_a_tenant_with_a_campaign_of_the_same_id_have_separate_budgets() {
        // given
        var beans = define(aProgramme().id("beans").campaign(DOUBLE_POINTS.withBudget(100).withPerCustomerLimit(100, LimitPeriod.DAY)));
        var coins = define(aProgramme().id("coins").campaign(DOUBLE_POINTS.withBudget(100).withPerCustomerLimit(100, LimitPeriod.DAY)));

        // when
        PointsReceipt inBeans = loyalty.earnForPurchase(PurchaseOrder.of(tenant, li, beans.id(), "o-1", cny("100.00")));
        PointsReceipt inCoins = loyalty.earnForPurchase(PurchaseOrder.of(tenant, li, coins.id(), "o-2", cny("100.00")));

        // then
        assertThat(campaignPoints(inBeans)).isEqualTo(100);
        assertThat(campaignPoints(inCoins)).isEqualTo(100);
    }

    private long campaignPoints(PointsReceipt receipt) {
        return receipt.explanation().stream().filter(c -> c.rule().startsWith("campaign:")).mapToLong(c -> c.points()).sum();
    }

    /** Runs {@code work(0..15)} on 16 threads released together and returns the results in order. */
    private List<PointsReceipt> concurrently(IntFunction<PointsReceipt> work) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<PointsReceipt>> futures = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            int n = i;
            futures.add(pool.submit(() -> {
                start.await();
                return work.apply(n);
            }));
        }
        start.countDown();
        List<PointsReceipt> receipts = new ArrayList<>();
        for (Future<PointsReceipt> future : futures) {
            receipts.add(future.get(120, TimeUnit.SECONDS));
        }
        return receipts;
    }
}
