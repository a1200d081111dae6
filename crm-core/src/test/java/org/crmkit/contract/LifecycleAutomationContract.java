package org.crmkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.crmkit.Crm;
import org.crmkit.commerce.PurchaseReceipt;
import org.crmkit.customer.ChangeStage;
import org.crmkit.customer.LifecycleStage;
import org.crmkit.customer.LifecycleStageChanged;
import org.crmkit.customer.spi.LifecycleMove;
import org.crmkit.customer.spi.LifecyclePolicies;
import org.crmkit.customer.spi.LifecyclePolicy;
import org.crmkit.customer.spi.PurchaseSignal;
import org.crmkit.customer.spi.ScoringSignal;
import org.crmkit.shared.CustomerId;
import org.crmkit.testing.Outboxes;
import org.crmkit.value.history.CancelOrder;
import org.crmkit.value.history.RecordPurchase;
import org.crmkit.value.scoring.ScoreCustomers;
import org.junit.jupiter.api.Test;

/**
 * Purchases and scoring runs move lifecycle stages as the seeds describe: a first purchase makes a
 * customer, a third order a loyal one, buying after churning wins them back, and long inactivity
 * at scoring marks them at risk, then churned. Every automatic move is an event with its reason.
 */
public abstract class LifecycleAutomationContract extends TierFixture {

    private int orders;

    private PurchaseReceipt buyAt(CustomerId who, String localDateTime) {
        return crm.commerce().recordPurchase(RecordPurchase.of(tenant, who, "o-" + (++orders), cny("50.00")).at(shanghai(localDateTime)));
    }

    private LifecycleStage stageOf(CustomerId who) {
        return crm.customers().get(tenant, who).stage();
    }

    private List<LifecycleStageChanged> moves() {
        return Outboxes.drainEventsOf(crm.outbox(), tenant).stream()
                .filter(LifecycleStageChanged.class::isInstance).map(LifecycleStageChanged.class::cast).toList();
    }

    @Test
    void the_first_purchase_makes_a_prospect_an_active_customer_with_the_reason_recorded() {
        // given
        Outboxes.drainEventsOf(crm.outbox(), tenant);

        // when
        PurchaseReceipt receipt = buyAt(li, "2025-05-01T09:00");

        // then
        assertThat(receipt.stage()).contains(LifecycleStage.ACTIVE);
        assertThat(stageOf(li)).isEqualTo(LifecycleStage.ACTIVE);
        assertThat(moves()).singleElement().satisfies(m -> {
            assertThat(m.from()).isEqualTo(LifecycleStage.PROSPECT);
            assertThat(m.to()).isEqualTo(LifecycleStage.ACTIVE);
            assertThat(m.reason()).isEqualTo("first purchase");
        });
    }

    @Test
    void the_third_order_makes_a_loyal_customer_also_when_all_three_are_on_one_day() {
        // when
        PurchaseReceipt first = buyAt(li, "2025-05-01T09:00");
        PurchaseReceipt second = buyAt(li, "2025-05-01T09:05");
        PurchaseReceipt third = buyAt(li, "2025-05-01T09:10");

        // then
        assertThat(List.of(first.stage(), second.stage(), third.stage()))
                .containsExactly(Optional.of(LifecycleStage.ACTIVE), Optional.empty(), Optional.of(LifecycleStage.LOYAL));
        assertThat(stageOf(li)).isEqualTo(LifecycleStage.LOYAL);
    }

    @Test
    void a_replayed_purchase_moves_no_stage() {
        // given
        RecordPurchase order = RecordPurchase.of(tenant, li, "o-1", cny("50.00"));
        crm.commerce().recordPurchase(order);
        Outboxes.drainEventsOf(crm.outbox(), tenant);

        // when
        PurchaseReceipt again = crm.commerce().recordPurchase(order);

        // then
        assertThat(again.replay()).isTrue();
        assertThat(again.stage()).isEmpty();
        assertThat(moves()).isEmpty();
    }

    @Test
    void refunding_or_cancelling_the_only_purchase_leaves_the_customer_where_buying_put_them() {
        // given
        buyAt(li, "2025-05-01T09:00");

        // when
        PurchaseReceipt cancelled = crm.commerce().cancelOrder(CancelOrder.of(tenant, li, "o-1"));

        // then: a customer who bought and returned it is still a customer; scoring will judge them
        assertThat(cancelled.stage()).isEmpty();
        assertThat(stageOf(li)).isEqualTo(LifecycleStage.ACTIVE);
        assertThat(crm.value().summary(tenant, li).orElseThrow().net()).isEqualTo(cny("0.00"));
    }

    @Test
    void a_churned_customer_who_buys_again_is_won_back_and_active_at_the_next_order() {
        // given
        buyAt(li, "2025-01-01T09:00");
        crm.customers().changeStage(ChangeStage.to(tenant, li, LifecycleStage.AT_RISK));
        crm.customers().changeStage(ChangeStage.to(tenant, li, LifecycleStage.CHURNED));
        Outboxes.drainEventsOf(crm.outbox(), tenant);

        // when
        PurchaseReceipt comeback = buyAt(li, "2025-05-01T09:00");
        PurchaseReceipt next = buyAt(li, "2025-05-02T09:00");

        // then
        assertThat(comeback.stage()).contains(LifecycleStage.WON_BACK);
        assertThat(next.stage()).contains(LifecycleStage.ACTIVE);
        assertThat(moves()).extracting(LifecycleStageChanged::to, LifecycleStageChanged::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple(LifecycleStage.WON_BACK, "bought again after churning"),
                org.assertj.core.groups.Tuple.tuple(LifecycleStage.ACTIVE, "bought again after being won back"));
    }

    @Test
    void scoring_marks_the_long_inactive_at_risk_and_the_longer_inactive_churned_through_at_risk() {
        // given: the clock stands at 2025-05-10
        buyAt(li, "2024-10-01T09:00");   // 221 days before
        buyAt(han, "2024-04-01T09:00");  // 404 days before
        CustomerId recent = register("Zhao Lei");
        buyAt(recent, "2025-05-01T09:00");
        Outboxes.drainEventsOf(crm.outbox(), tenant);

        // when
        crm.value().score(ScoreCustomers.of(tenant));

        // then
        assertThat(stageOf(li)).isEqualTo(LifecycleStage.AT_RISK);
        assertThat(stageOf(han)).isEqualTo(LifecycleStage.CHURNED);
        assertThat(stageOf(recent)).isEqualTo(LifecycleStage.ACTIVE);
        assertThat(moves()).extracting(m -> m.customerId().equals(han) ? "han " + m.to() + ": " + m.reason() : "li " + m.to() + ": " + m.reason())
                .containsExactlyInAnyOrder("li AT_RISK: no purchase for 221 days", "han AT_RISK: no purchase for 404 days",
                        "han CHURNED: no purchase for 404 days");
    }

    @Test
    void scoring_again_moves_no_one_twice_and_leaves_an_erased_customer_where_erasure_left_them() {
        // given: both long inactive; han erased before the first run
        buyAt(li, "2024-10-01T09:00");
        buyAt(han, "2024-04-01T09:00");
        LifecycleStage hanBefore = stageOf(han);
        crm.customers().erase(tenant, han);
        crm.value().score(ScoreCustomers.of(tenant));
        Outboxes.drainEventsOf(crm.outbox(), tenant);
        long liVersion = crm.customers().get(tenant, li).version();

        // when
        crm.value().score(ScoreCustomers.of(tenant));

        // then
        assertThat(stageOf(li)).isEqualTo(LifecycleStage.AT_RISK);
        assertThat(crm.customers().get(tenant, li).version()).isEqualTo(liVersion);
        assertThat(stageOf(han)).isEqualTo(hanBefore);
        assertThat(moves()).isEmpty();
    }

    @Test
    void the_manual_policy_leaves_stages_to_the_host() {
        // given
        Crm manual = Crm.builder().storage(storage()).clock(clock).lifecyclePolicy(LifecyclePolicies.manual()).build();

        // when
        PurchaseReceipt receipt = manual.commerce().recordPurchase(RecordPurchase.of(tenant, li, "o-1", cny("50.00")));

        // then
        assertThat(receipt.stage()).isEmpty();
        assertThat(stageOf(li)).isEqualTo(LifecycleStage.PROSPECT);
    }

    @Test
    void a_host_policy_given_to_the_builder_decides_the_moves() {
        // given: a shop where one order of any size makes a loyal customer
        LifecyclePolicy generous = new LifecyclePolicy() {
            @Override
            public Optional<LifecycleMove> afterPurchase(PurchaseSignal signal) {
                return Optional.of(LifecycleMove.to(LifecycleStage.LOYAL, "every buyer is loyal here"));
            }

            @Override
            public Optional<LifecycleMove> afterScoring(ScoringSignal signal) {
                return Optional.empty();
            }
        };
        Crm shop = Crm.builder().storage(storage()).clock(clock).lifecyclePolicy(generous).build();
        Outboxes.drainEventsOf(crm.outbox(), tenant);

        // when
        PurchaseReceipt receipt = shop.commerce().recordPurchase(RecordPurchase.of(tenant, li, "o-1", cny("50.00")));

        // then: PROSPECT -> ACTIVE -> LOYAL, each step recorded with the policy's reason
        assertThat(receipt.stage()).contains(LifecycleStage.LOYAL);
        assertThat(moves()).extracting(LifecycleStageChanged::to, LifecycleStageChanged::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple(LifecycleStage.ACTIVE, "every buyer is loyal here"),
                org.assertj.core.groups.Tuple.tuple(LifecycleStage.LOYAL, "every buyer is loyal here"));
    }
}
