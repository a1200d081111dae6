package org.crmkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crmkit.contract.CardScene.cny;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.crmkit.offer.card.CardEntry;
import org.crmkit.offer.card.CardEntryType;
import org.crmkit.offer.card.CardExpiry;
import org.crmkit.offer.card.CardReceipt;
import org.crmkit.offer.card.CardRuleException;
import org.crmkit.offer.card.InsufficientCardBalanceException;
import org.crmkit.offer.card.IssueCard;
import org.crmkit.spi.CrmStorage;
import org.crmkit.testing.Outboxes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Cards under contention: sixteen threads on one card or two, started together on a latch. Asserts
 * outcomes (who succeeded, what the ledger holds), never timing; a deadlock shows as a thread that
 * does not finish within a generous bound, and a deadlock reported by the database as a failure
 * left to the caller.
 */
public abstract class StoredValueConcurrencyContract {

    private static final int THREADS = 16;

    private final ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    private CardScene scene;

    /** The storage under test; may be shared with other tests. */
    protected abstract CrmStorage storage();

    @BeforeEach
    void openTheScene() {
        scene = new CardScene(storage());
    }

    @AfterEach
    void stopThreads() throws InterruptedException {
        pool.shutdownNow();
        pool.awaitTermination(60, TimeUnit.SECONDS);
        Outboxes.drainAll(storage().outbox());
    }

    @Test
    void of_sixteen_threads_paying_from_a_card_holding_enough_for_eight_exactly_eight_succeed_each_recorded_once() throws Exception {
        // given
        scene.issue("HOT", null, "200.00");
        CountDownLatch start = new CountDownLatch(1);
        List<Future<CardReceipt>> payers = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            String key = "pay-" + i;
            payers.add(pool.submit(afterStart(start, () -> scene.pay(key, "HOT", "25.00"))));
        }

        // when
        start.countDown();
        Outcomes<CardReceipt> outcomes = Outcomes.of(payers);

        // then
        assertThat(outcomes.succeeded()).hasSize(8);
        assertThat(outcomes.failed()).hasSize(8).allSatisfy(e -> assertThat(e).isInstanceOf(InsufficientCardBalanceException.class));
        assertThat(scene.balance("HOT")).isEqualTo(cny("0.00"));
        List<CardEntry> pays = scene.entries("HOT").stream().filter(e -> e.type() == CardEntryType.PAY).toList();
        assertThat(pays).extracting(CardEntry::entryId)
                .containsExactlyInAnyOrderElementsOf(outcomes.succeeded().stream().map(r -> r.entryIds().get(0)).toList());
        assertThat(pays).allSatisfy(e -> assertThat(e.balanceAfter().isNegative()).isFalse());
        assertThat(scene.cards.card(scene.tenant, "HOT").orElseThrow().isConserved()).isTrue();
    }

    @Test
    void sixteen_threads_transferring_both_ways_between_two_cards_all_succeed_and_conserve_the_total() throws Exception {
        // given
        scene.issue("LEFT", null, "1000.00");
        scene.issue("RIGHT", null, "1000.00");
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> movers = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            int thread = i;
            movers.add(pool.submit(afterStart(start, () -> {
                for (int n = 0; n < 5; n++) {
                    boolean leftward = (thread + n) % 2 == 0;
                    scene.transfer("move-" + thread + "-" + n, leftward ? "RIGHT" : "LEFT", leftward ? "LEFT" : "RIGHT", "3.00");
                }
                return 5;
            })));
        }

        // when
        start.countDown();
        Outcomes<Integer> outcomes = Outcomes.of(movers);

        // then
        assertThat(outcomes.failed()).isEmpty();
        assertThat(scene.balance("LEFT").plus(scene.balance("RIGHT"))).isEqualTo(cny("2000.00"));
        assertThat(scene.entries("LEFT")).hasSize(1 + THREADS * 5);
        assertThat(scene.entries("RIGHT")).hasSize(1 + THREADS * 5);
        assertThat(scene.cards.totals(scene.tenant)).singleElement().satisfies(t -> {
            assertThat(t.isConserved()).isTrue();
            assertThat(t.transferredIn()).isEqualTo(cny("240.00"));
        });
    }

    @Test
    void sixteen_threads_topping_up_one_card_each_add_their_money_once() throws Exception {
        // given
        scene.issue("TOP", null, "0.00");
        CountDownLatch start = new CountDownLatch(1);
        List<Future<CardReceipt>> toppers = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            String key = "top-" + i;
            toppers.add(pool.submit(afterStart(start, () -> scene.topUp(key, "TOP", "12.50"))));
        }

        // when
        start.countDown();
        Outcomes<CardReceipt> outcomes = Outcomes.of(toppers);

        // then
        assertThat(outcomes.failed()).isEmpty();
        assertThat(outcomes.succeeded()).extracting(r -> r.balanceAfter().amount().toPlainString()).doesNotHaveDuplicates();
        assertThat(scene.balance("TOP")).isEqualTo(cny("200.00"));
        assertThat(scene.entries("TOP")).hasSize(1 + THREADS);
    }

    @Test
    void sixteen_threads_refunding_parts_of_one_payment_never_give_back_more_than_it_took() throws Exception {
        // given
        scene.issue("REF", null, "100.00");
        scene.pay("big", "REF", "100.00");
        CountDownLatch start = new CountDownLatch(1);
        List<Future<CardReceipt>> refunds = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            String key = "refund-" + i;
            refunds.add(pool.submit(afterStart(start, () -> scene.refund(key, "big", "10.00"))));
        }

        // when
        start.countDown();
        Outcomes<CardReceipt> outcomes = Outcomes.of(refunds);

        // then
        assertThat(outcomes.succeeded()).hasSize(10);
        assertThat(outcomes.failed()).hasSize(6).allSatisfy(e -> assertThat(e).isInstanceOf(CardRuleException.class));
        assertThat(scene.balance("REF")).isEqualTo(cny("100.00"));
        assertThat(scene.cards.payment(scene.tenant, "big").orElseThrow().refunded()).isEqualTo(cny("100.00"));
    }

    @Test
    void sixteen_threads_replaying_one_payment_or_one_issue_write_once_and_get_equal_receipts() throws Exception {
        // given
        scene.issue("REPLAY", null, "100.00");
        IssueCard issue = new IssueCard(scene.tenant, "issue-once", "ONCE", null, cny("9.00"), CardExpiry.never());
        CountDownLatch start = new CountDownLatch(1);
        List<Future<CardReceipt>> payers = new ArrayList<>();
        List<Future<CardReceipt>> issuers = new ArrayList<>();
        for (int i = 0; i < THREADS / 2; i++) {
            payers.add(pool.submit(afterStart(start, () -> scene.pay("the-payment", "REPLAY", "30.00"))));
            issuers.add(pool.submit(afterStart(start, () -> scene.cards.issue(issue))));
        }

        // when
        start.countDown();
        Outcomes<CardReceipt> paid = Outcomes.of(payers);
        Outcomes<CardReceipt> issued = Outcomes.of(issuers);

        // then
        assertThat(paid.failed()).isEmpty();
        assertThat(paid.succeeded()).containsOnly(paid.succeeded().get(0));
        assertThat(issued.failed()).isEmpty();
        assertThat(issued.succeeded()).containsOnly(issued.succeeded().get(0));
        assertThat(scene.balance("REPLAY")).isEqualTo(cny("70.00"));
        assertThat(scene.entries("REPLAY")).hasSize(2);
        assertThat(scene.entries("ONCE")).hasSize(1);
    }

    @Test
    void of_sixteen_threads_paying_from_sixteen_cards_under_one_key_exactly_one_pays_and_the_others_are_told_the_key_is_taken()
            throws Exception {
        // given
        for (int i = 0; i < THREADS; i++) {
            scene.issue("KEYED-" + i, null, "10.00");
        }
        CountDownLatch start = new CountDownLatch(1);
        List<Future<CardReceipt>> payers = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            String card = "KEYED-" + i;
            payers.add(pool.submit(afterStart(start, () -> scene.pay("one-key", card, "1.00"))));
        }

        // when
        start.countDown();
        Outcomes<CardReceipt> outcomes = Outcomes.of(payers);

        // then
        assertThat(outcomes.succeeded()).hasSize(1);
        assertThat(outcomes.failed()).hasSize(THREADS - 1)
                .allSatisfy(e -> assertThat(e).isInstanceOf(org.crmkit.shared.IdempotencyKeyReusedException.class));
        long paid = 0;
        for (int i = 0; i < THREADS; i++) {
            paid += scene.entries("KEYED-" + i).stream().filter(e -> e.type() == CardEntryType.PAY).count();
        }
        assertThat(paid).isEqualTo(1);
        assertThat(scene.cards.totals(scene.tenant)).singleElement().satisfies(t -> assertThat(t.paid()).isEqualTo(cny("1.00")));
    }

    private static <T> Callable<T> afterStart(CountDownLatch start, Callable<T> work) {
        return () -> {
            start.await();
            return work.call();
        };
    }

    /** What a group of threads returned or threw. */
    private record Outcomes<T>(List<T> succeeded, List<Throwable> failed) {
        static <T> Outcomes<T> of(List<Future<T>> futures) throws InterruptedException, TimeoutException {
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
