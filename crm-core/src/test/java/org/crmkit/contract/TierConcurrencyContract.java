package org.crmkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.IdempotencyKeyReusedException;
import org.crmkit.tier.AssessmentListener;
import org.crmkit.tier.ChangeReason;
import org.crmkit.tier.RecordTierPurchase;
import org.crmkit.tier.TierChange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A purchase-triggered upgrade racing with the batch assessment, and racing purchases: whatever
 * the interleaving, one consistent tier and one history line per change.
 */
public abstract class TierConcurrencyContract extends TierFixture {

    private static final int MEMBERS = 6;
    private final ExecutorService pool = Executors.newFixedThreadPool(4);

    @AfterEach
    void stopThreads() throws InterruptedException {
        pool.shutdownNow();
        assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
    }

    /** Gold since 2025-05-10, down to 9,000 (silver's range) since, so due to drop on 2026-07-01. */
    private void goldDueToDrop(CustomerId who) {
        at("2025-05-10T10:00");
        tiers.recordPurchase(purchase(who, "o-" + who.value(), "12000.00", null));
        refund(who, "o-" + who.value(), "3000.00", false);
    }

    private void runTogether(List<Callable<Object>> work) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Object>> futures = new ArrayList<>();
        for (Callable<Object> task : work) {
            futures.add(pool.submit(() -> {
                start.await();
                return task.call();
            }));
        }
        start.countDown();
        for (Future<Object> f : futures) {
            f.get(60, TimeUnit.SECONDS);
        }
    }

    @Test
    void a_purchase_before_or_after_the_assessment_ends_in_the_same_tier() {
        // given: Li buys before the batch reaches her, Han after it
        goldDueToDrop(li);
        goldDueToDrop(han);
        at("2026-07-01T09:00");

        // when
        buy(li, "2000.00");
        assess("2026-07-01");
        buy(han, "2000.00");

        // then
        assertThat(tierOf(li)).isEqualTo("gold");
        assertThat(tierOf(han)).isEqualTo("gold");
        assertThat(historyOf(li)).extracting(TierChange::to).isEqualTo(historyOf(han).stream().map(TierChange::to).toList());
        assertChained(historyOf(li));
    }

    @Test
    void purchases_racing_with_the_batch_assessment_leave_one_consistent_tier_and_history() throws Exception {
        // given
        List<CustomerId> members = new ArrayList<>();
        for (int i = 0; i < MEMBERS; i++) {
            CustomerId member = register("member " + i);
            goldDueToDrop(member);
            members.add(member);
        }
        at("2026-07-01T09:00");
        List<Callable<Object>> work = new ArrayList<>();
        work.add(() -> tiers.assess(tenant, PROGRAMME, LocalDate.parse("2026-07-01"), 0, 1, AssessmentListener.NONE));
        work.add(() -> tiers.assess(tenant, PROGRAMME, LocalDate.parse("2026-07-01"), 0, 1, AssessmentListener.NONE));
        for (CustomerId member : members) {
            work.add(() -> buy(member, "race-" + member.value(), "2000.00"));
        }

        // when
        runTogether(work);

        // then
        for (CustomerId member : members) {
            List<TierChange> history = historyOf(member);
            assertThat(tierOf(member)).as("tier of %s", member).isEqualTo("gold");
            assertThat(statusOf(member).metric()).isEqualTo(11000);
            assertChained(history);
            assertThat(history).filteredOn(line -> line.reason() == ChangeReason.ASSESSMENT).hasSizeLessThanOrEqualTo(1);
            assertThat(history).filteredOn(line -> line.reason() == ChangeReason.JOINED).hasSize(1);
        }
    }

    @Test
    void racing_deliveries_of_one_key_for_several_members_record_it_once_and_tell_the_others_it_is_anothers() throws Exception {
        // given: members who bought before, so each delivery finds its membership and asks whether the key is free
        List<CustomerId> members = new ArrayList<>(List.of(li, han));
        for (int i = 0; i < 4; i++) {
            members.add(register("Racer " + i));
        }
        members.forEach(who -> buy(who, "100.00"));
        java.util.Map<CustomerId, Long> before = new java.util.HashMap<>();
        members.forEach(who -> before.put(who, statusOf(who).metric()));
        List<Callable<Object>> work = new ArrayList<>();
        List<Object> outcomes = java.util.Collections.synchronizedList(new ArrayList<>());
        for (CustomerId who : members) {
            work.add(() -> {
                try {
                    outcomes.add(tiers.recordPurchase(new RecordTierPurchase(tenant, who, PROGRAMME, "shared-key", "o-" + who.value(),
                            cny("200.00"), null)));
                } catch (IdempotencyKeyReusedException e) {
                    outcomes.add(e);
                }
                return null;
            });
        }

        // when
        runTogether(work);

        // then: one member has the fact, the others were refused and kept their metric
        assertThat(outcomes).hasSize(members.size());
        assertThat(outcomes).filteredOn(IdempotencyKeyReusedException.class::isInstance).hasSize(members.size() - 1);
        assertThat(members.stream().filter(who -> statusOf(who).metric() > before.get(who)).count()).isEqualTo(1);
        assertThat(members.stream().filter(who -> statusOf(who).metric() == before.get(who)).count()).isEqualTo(members.size() - 1);
    }

    @Test
    void racing_purchases_of_a_new_member_join_once_and_upgrade_once_per_tier() throws Exception {
        // given
        List<Callable<Object>> work = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            work.add(() -> buy(li, "3000.00"));
        }

        // when
        runTogether(work);

        // then
        List<TierChange> history = historyOf(li);
        assertThat(statusOf(li).metric()).isEqualTo(12000);
        assertThat(tierOf(li)).isEqualTo("gold");
        assertChained(history);
        assertThat(history.get(0).reason()).isEqualTo(ChangeReason.JOINED);
        assertThat(history).extracting(TierChange::to).doesNotHaveDuplicates().endsWith("gold");
    }
}
