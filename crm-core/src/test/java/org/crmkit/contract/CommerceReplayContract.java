package org.crmkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.crmkit.commerce.CommerceService;
import org.crmkit.commerce.PurchaseReceipt;
import org.crmkit.customer.TimelineEntry;
import org.crmkit.earning.Campaign;
import org.crmkit.earning.Contribution;
import org.crmkit.earning.EarningPolicy;
import org.crmkit.loyalty.BalanceView;
import org.crmkit.loyalty.PurchaseOrder;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.DomainEvent;
import org.crmkit.shared.PageRequest;
import org.crmkit.shared.RuleViolationException;
import org.crmkit.testing.Outboxes;
import org.crmkit.testing.ProgrammeBuilder;
import org.crmkit.tier.RecordTierPurchase;
import org.crmkit.value.history.CancelOrder;
import org.crmkit.value.history.PurchaseSummary;
import org.crmkit.value.history.RecordPurchase;
import org.crmkit.value.history.RecordRefund;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The replay matrix of the one door: a purchase, a refund or a cancellation delivered 1 to 3 times,
 * one after another or from 8 threads at once, and through the per-context doors too, leaves every
 * context exactly as one delivery does: points, growth value, both campaigns' budgets, the
 * customer's totals, events and timeline. Li gets the replays, Han the same fact once; Wang buys
 * afterwards and must still find the campaign budgets intact.
 */
public abstract class CommerceReplayContract extends TierFixture {

    private static final int THREADS = 8;
    private static final Currency CNY = Currency.getInstance("CNY");

    private final ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    private CommerceService commerce;
    private CustomerId wang;

    @BeforeEach
    void programmeAndLadderWithDoublingCampaignsOfBudget1000() {
        commerce = crm.commerce();
        wang = register("Wang Fang");
        Campaign points = Campaign.of("double-points", new BigDecimal("2"), shanghai("2025-05-01T00:00"), shanghai("2026-01-01T00:00"))
                .withBudget(1000);
        Campaign growth = Campaign.of("double-growth", new BigDecimal("2"), shanghai("2025-05-01T00:00"), shanghai("2026-01-01T00:00"))
                .withBudget(1000);
        crm.loyalty().defineProgramme(ProgrammeBuilder.aProgramme(tenant).campaign(points).build());
        tiers.defineLadder(jdLadder(tenant).withGrowthEarning(EarningPolicy.basic(CNY, BigDecimal.ONE).withCampaign(growth)));
        // a clock finer than the stores keep: a replay must fingerprint the same instant as the first call
        clock.set(clock.instant().plusNanos(123_456_789));
    }

    @AfterEach
    void stopThreads() throws InterruptedException {
        pool.shutdownNow();
        pool.awaitTermination(30, TimeUnit.SECONDS);
    }

    private RecordPurchase order(CustomerId who, String orderId) {
        return RecordPurchase.of(tenant, who, orderId, cny("300.00")).inProgramme(PROGRAMME);
    }

    @ParameterizedTest(name = "{0} deliveries, {1}")
    @CsvSource({"1, sequential", "2, sequential", "3, sequential", "1, concurrent", "2, concurrent", "3, concurrent"})
    void a_purchase_delivered_again_changes_nothing_anywhere(int deliveries, String mode) throws Exception {
        // given
        PurchaseReceipt once = commerce.recordPurchase(order(han, "o-han"));

        // when
        List<PurchaseReceipt> receipts = deliver(deliveries, mode, () -> commerce.recordPurchase(order(li, "o-li")));

        // then
        assertThat(receipts).filteredOn(r -> !r.replay()).hasSize(1);
        assertThat(receipts).allSatisfy(r -> assertThat(r.points().orElseThrow().points()).isEqualTo(once.points().orElseThrow().points()));
        assertThat(stateOf(li)).isEqualTo(stateOf(han));
        assertBudgetsLeftForTheNextCustomer();
    }

    @ParameterizedTest(name = "{0} deliveries, {1}")
    @CsvSource({"1, sequential", "2, sequential", "3, sequential", "1, concurrent", "2, concurrent", "3, concurrent"})
    void a_refund_delivered_again_changes_nothing_anywhere(int deliveries, String mode) throws Exception {
        // given
        commerce.recordPurchase(order(han, "o-han"));
        commerce.recordPurchase(order(li, "o-li"));
        commerce.recordRefund(RecordRefund.of(tenant, han, "o-han", "r-han", cny("100.00")));

        // when
        List<PurchaseReceipt> receipts = deliver(deliveries, mode,
                () -> commerce.recordRefund(RecordRefund.of(tenant, li, "o-li", "r-li", cny("100.00"))));

        // then
        assertThat(receipts).filteredOn(r -> !r.replay()).hasSize(1);
        assertThat(stateOf(li)).isEqualTo(stateOf(han));
        assertThat(crm.value().summary(tenant, li).orElseThrow().refunded()).isEqualTo(cny("100.00"));
    }

    @ParameterizedTest(name = "{0} deliveries, {1}")
    @CsvSource({"1, sequential", "2, sequential", "3, sequential", "1, concurrent", "2, concurrent", "3, concurrent"})
    void a_cancellation_delivered_again_changes_nothing_anywhere(int deliveries, String mode) throws Exception {
        // given
        commerce.recordPurchase(order(han, "o-han"));
        commerce.recordPurchase(order(li, "o-li"));
        commerce.cancelOrder(CancelOrder.of(tenant, han, "o-han"));

        // when
        List<PurchaseReceipt> receipts = deliver(deliveries, mode, () -> commerce.cancelOrder(CancelOrder.of(tenant, li, "o-li")));

        // then
        assertThat(receipts).filteredOn(r -> !r.replay()).hasSize(1);
        assertThat(receipts).allSatisfy(r -> assertThat(r.purchase().fullyRefunded()).isTrue());
        assertThat(stateOf(li)).isEqualTo(stateOf(han));
        assertThat(crm.loyalty().balance(tenant, li, PROGRAMME).available()).isZero();
        assertThat(statusOf(li).metric()).isZero();
    }

    @Test
    void an_order_counts_once_whichever_door_delivers_it_again() {
        // given
        commerce.recordPurchase(order(han, "o-han"));
        commerce.recordPurchase(order(li, "o-li"));
        var stored = crm.value().purchase(tenant, "o-li").orElseThrow();

        // when: the same fact again through each per-context door, under the key the door uses
        crm.value().recordPurchase(order(li, "o-li"));
        crm.loyalty().earnForPurchase(new PurchaseOrder(tenant, li, PROGRAMME, "purchase:o-li", "o-li", cny("300.00"),
                stored.purchasedAt(), List.of()));
        tiers.recordPurchase(new RecordTierPurchase(tenant, li, PROGRAMME, "purchase:o-li", "o-li", cny("300.00"), stored.purchasedAt()));
        commerce.recordPurchase(order(li, "o-li"));

        // then
        assertThat(stateOf(li)).isEqualTo(stateOf(han));
        assertBudgetsLeftForTheNextCustomer();
    }

    @Test
    void an_order_a_per_context_door_counted_under_another_key_is_refused_whole_by_the_one_door() {
        // given
        crm.loyalty().earnForPurchase(new PurchaseOrder(tenant, li, PROGRAMME, "host-key-1", "o-li", cny("300.00"), null, List.of()));
        long points = crm.loyalty().balance(tenant, li, PROGRAMME).lifetimeEarned();

        // when
        Throwable refused = catchThrowable(() -> commerce.recordPurchase(order(li, "o-li")));

        // then: all or nothing, the history's part went back with the refusal
        assertThat(refused).isInstanceOf(RuleViolationException.class).hasMessageContaining("o-li");
        assertThat(crm.value().purchase(tenant, "o-li")).isEmpty();
        assertThat(crm.value().summary(tenant, li)).isEmpty();
        assertThat(crm.loyalty().balance(tenant, li, PROGRAMME).lifetimeEarned()).isEqualTo(points);
        assertThat(statusOf(li).metric()).isZero();
    }

    @Test
    void the_tier_metric_refuses_an_order_it_counted_under_another_key() {
        // given
        tiers.recordPurchase(new RecordTierPurchase(tenant, li, PROGRAMME, "host-key-1", "o-li", cny("300.00"), null));

        // when
        Throwable refused = catchThrowable(() -> tiers.recordPurchase(
                new RecordTierPurchase(tenant, li, PROGRAMME, "host-key-2", "o-li", cny("300.00"), null)));

        // then
        assertThat(refused).isInstanceOf(RuleViolationException.class).hasMessageContaining("o-li", "host-key").hasMessageNotContaining("null");
        assertThat(statusOf(li).metric()).isEqualTo(600);
    }

    /** Wang's order after the replays earns the full campaign bonus of points and of growth. */
    private void assertBudgetsLeftForTheNextCustomer() {
        PurchaseReceipt next = commerce.recordPurchase(order(wang, "o-wang"));
        assertThat(campaign(next.points().orElseThrow().explanation())).isEqualTo(300);
        assertThat(campaign(next.tier().orElseThrow().growthEarned())).isEqualTo(300);
    }

    private static long campaign(List<Contribution> explanation) {
        return explanation.stream().filter(c -> c.rule().startsWith("campaign:")).mapToLong(Contribution::points).sum();
    }

    /** What every context holds about one customer, with the customer's own id taken out. */
    private record State(long available, long pending, long earned, long metric, String tier, long orders, String paid, String refunded,
            Map<String, Integer> events, Map<String, Integer> timeline) {}

    private State stateOf(CustomerId who) {
        BalanceView balance = crm.loyalty().balance(tenant, who, PROGRAMME);
        PurchaseSummary summary = crm.value().summary(tenant, who).orElseThrow();
        Map<String, Integer> events = new TreeMap<>();
        for (DomainEvent e : eventsSoFar()) {
            if (e.aggregateId().contains(who.value())) {
                events.merge(e.type(), 1, Integer::sum);
            }
        }
        Map<String, Integer> timeline = new TreeMap<>();
        for (TimelineEntry entry : crm.timeline().page(tenant, who, PageRequest.first(500)).items()) {
            timeline.merge(entry.kind() + " " + entry.summary(), 1, Integer::sum);
        }
        return new State(balance.available(), balance.pending(), balance.lifetimeEarned(), statusOf(who).metric(), tierOf(who), summary.orders(),
                summary.paid().toString(), summary.refunded().toString(), events, timeline);
    }

    private final List<DomainEvent> drained = new ArrayList<>();

    private List<DomainEvent> eventsSoFar() {
        drained.addAll(Outboxes.drainEventsOf(crm.outbox(), tenant));
        return drained;
    }

    /** Delivers a fact {@code n} times: one after another, or from 8 threads at once, each delivering it {@code n} times. */
    private <T> List<T> deliver(int n, String mode, Supplier<T> delivery) throws Exception {
        List<T> results = new ArrayList<>();
        if (mode.equals("sequential")) {
            for (int i = 0; i < n; i++) {
                results.add(delivery.get());
            }
            return results;
        }
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<T>>> futures = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            futures.add(pool.submit(() -> {
                start.await();
                List<T> mine = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    mine.add(delivery.get());
                }
                return mine;
            }));
        }
        start.countDown();
        for (Future<List<T>> f : futures) {
            results.addAll(f.get(60, TimeUnit.SECONDS));
        }
        return results;
    }
}
