package org.crmkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.crmkit.loyalty.EntryType;
import org.crmkit.loyalty.InsufficientPointsException;
import org.crmkit.loyalty.LedgerEntry;
import org.crmkit.offer.mall.CancelMallOrder;
import org.crmkit.offer.mall.IllegalMallTransitionException;
import org.crmkit.offer.mall.MallItemReport;
import org.crmkit.offer.mall.MallOrder;
import org.crmkit.offer.mall.MallOrderStatus;
import org.crmkit.offer.mall.RedeemReward;
import org.crmkit.offer.mall.RewardCancelled;
import org.crmkit.offer.mall.RewardShipped;
import org.crmkit.offer.mall.ShipMallOrder;
import org.crmkit.offer.mall.StockedReward;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.DomainEvent;
import org.crmkit.shared.IdempotencyKeyReusedException;
import org.crmkit.shared.PageRequest;
import org.crmkit.testing.Outboxes;
import org.junit.jupiter.api.Test;

/**
 * Redeeming rewards in the points mall and fulfilling the orders: points spent and stock reserved
 * together, codes issued at once, goods shipped by the host, cancellations that refund the points as
 * new ledger entries and give back stock and limit, replays, and the report.
 */
public abstract class MallRedemptionContract extends MallFixture {

    @Test
    void a_digital_reward_spends_the_points_reserves_the_stock_and_issues_its_code_at_once() {
        // given
        give(li, 1000);
        define(digital("coffee", 300).withStock(5L));

        // when
        MallOrder order = redeem(li, "coffee", 2);

        // then
        assertThat(order.status()).isEqualTo(MallOrderStatus.CODE_ISSUED);
        assertThat(order.rewardCode()).matches("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}");
        assertThat(order.points()).isEqualTo(600);
        assertThat(order.cash()).isNull();
        assertThat(available(li)).isEqualTo(400);
        assertThat(stock("coffee").reserved()).isEqualTo(2);
        assertThat(stock("coffee").left()).isEqualTo(3L);
        assertThat(mall.order(tenant, order.orderId())).contains(order);
        assertThat(Outboxes.drainEventsOf(crm.outbox(), tenant)).filteredOn(e -> e.type().startsWith("Reward"))
                .extracting(DomainEvent::type).containsExactly("RewardDefined", "RewardRedeemed", "RewardFulfilled");
    }

    @Test
    void points_plus_cash_spends_the_points_and_records_the_cash_the_host_collects() {
        // given
        give(li, 1000);
        define(good("kettle", 200).withCash(cny("19.90")));

        // when
        MallOrder order = redeem(li, "kettle", 3);

        // then
        assertThat(order.points()).isEqualTo(600);
        assertThat(order.cash()).isEqualTo(cny("59.70"));
        assertThat(order.status()).isEqualTo(MallOrderStatus.RESERVED);
        assertThat(order.rewardCode()).isNull();
        assertThat(available(li)).isEqualTo(400);
        assertThat(stock("kettle").left()).as("unlimited").isNull();
    }

    @Test
    void a_replay_returns_the_first_order_and_spends_nothing_more() {
        // given
        give(li, 1000);
        define(digital("coffee", 300).withStock(5L));
        RedeemReward command = new RedeemReward(tenant, li, PROGRAMME, "coffee", 1, "order-77");
        MallOrder first = mall.redeem(command);

        // when
        MallOrder again = mall.redeem(command);

        // then
        assertThat(again).isEqualTo(first);
        assertThat(available(li)).isEqualTo(700);
        assertThat(stock("coffee").reserved()).isEqualTo(1);
        assertThat(mall.ordersOf(tenant, li)).hasSize(1);
    }

    @Test
    void a_replay_after_shipping_still_returns_the_first_result_and_changes_nothing() {
        // given
        give(li, 1000);
        define(good("kettle", 300).withStock(5L));
        RedeemReward command = new RedeemReward(tenant, li, PROGRAMME, "kettle", 1, "order-78");
        MallOrder first = mall.redeem(command);
        clock.advance(java.time.Duration.ofHours(2));
        MallOrder shipped = mall.ship(new ShipMallOrder(tenant, first.orderId(), "SF1"));

        // when
        MallOrder again = mall.redeem(command);

        // then
        assertThat(again).isEqualTo(first);
        assertThat(mall.order(tenant, first.orderId())).contains(shipped);
        assertThat(available(li)).isEqualTo(700);
        assertThat(stock("kettle").reserved()).isEqualTo(1);
    }

    @Test
    void the_same_key_for_another_redemption_is_refused_and_changes_nothing() {
        // given
        give(li, 1000);
        define(digital("coffee", 300));
        mall.redeem(new RedeemReward(tenant, li, PROGRAMME, "coffee", 1, "order-77"));

        // when / then
        assertThatThrownBy(() -> mall.redeem(new RedeemReward(tenant, li, PROGRAMME, "coffee", 2, "order-77")))
                .isInstanceOf(IdempotencyKeyReusedException.class).hasMessageContaining("order-77");
        assertThat(available(li)).isEqualTo(700);
        assertThat(stock("coffee").reserved()).isEqualTo(1);
    }

    @Test
    void a_shipped_good_stays_reserved_until_the_host_ships_it_and_shipping_again_alike_changes_nothing() {
        // given
        give(li, 1000);
        define(good("kettle", 200));
        MallOrder order = redeem(li, "kettle", 1);

        // when
        MallOrder shipped = mall.ship(new ShipMallOrder(tenant, order.orderId(), "SF1234567890"));
        MallOrder again = mall.ship(new ShipMallOrder(tenant, order.orderId(), "SF1234567890"));

        // then
        assertThat(shipped.status()).isEqualTo(MallOrderStatus.SHIPPED);
        assertThat(shipped.trackingReference()).isEqualTo("SF1234567890");
        assertThat(shipped.version()).isEqualTo(2);
        assertThat(again).isEqualTo(shipped);
        assertThatThrownBy(() -> mall.ship(new ShipMallOrder(tenant, order.orderId(), "YT999")))
                .isInstanceOf(IllegalMallTransitionException.class).hasMessageContaining("another tracking reference");
        assertThat(Outboxes.drainEventsOf(crm.outbox(), tenant)).filteredOn(RewardShipped.class::isInstance).hasSize(1);
    }

    @Test
    void cancelling_before_shipping_refunds_the_points_as_a_new_entry_and_gives_back_stock_and_limit() {
        // given
        give(li, 1000);
        define(good("kettle", 300).withStock(1L).withLimit(1));
        MallOrder order = redeem(li, "kettle", 1);
        List<LedgerEntry> before = statement(li);

        // when
        MallOrder cancelled = mall.cancel(new CancelMallOrder(tenant, order.orderId(), "agent-7"));

        // then
        assertThat(cancelled.status()).isEqualTo(MallOrderStatus.CANCELLED);
        assertThat(available(li)).isEqualTo(1000);
        List<LedgerEntry> after = statement(li);
        assertThat(after).hasSize(before.size() + 1).containsAll(before);
        assertThat(after.get(0).type()).isEqualTo(EntryType.EARN);
        assertThat(after.get(0).points()).isEqualTo(300);
        assertThat(after.get(0).reference()).isEqualTo(order.orderId());
        assertThat(stock("kettle").left()).isEqualTo(1L);
        assertThat(redeem(li, "kettle", 1).status()).as("stock and limit given back").isEqualTo(MallOrderStatus.RESERVED);
        assertThat(Outboxes.drainEventsOf(crm.outbox(), tenant)).filteredOn(RewardCancelled.class::isInstance)
                .singleElement().extracting(e -> ((RewardCancelled) e).pointsRefunded()).isEqualTo(300L);
    }

    @Test
    void cancelling_a_cancelled_order_changes_nothing() {
        // given
        give(li, 1000);
        define(digital("coffee", 300).withStock(3L));
        MallOrder order = redeem(li, "coffee", 1);
        MallOrder cancelled = mall.cancel(new CancelMallOrder(tenant, order.orderId(), "agent-7"));

        // when
        MallOrder again = mall.cancel(new CancelMallOrder(tenant, order.orderId(), "someone-else"));

        // then
        assertThat(again).isEqualTo(cancelled);
        assertThat(available(li)).isEqualTo(1000);
        assertThat(stock("coffee").reserved()).isZero();
        assertThat(statement(li)).filteredOn(e -> e.type() == EntryType.EARN).hasSize(2);
    }

    @Test
    void a_shipped_order_cannot_be_cancelled_and_stays_as_it_was() {
        // given
        give(li, 1000);
        define(good("kettle", 300).withStock(2L));
        MallOrder order = redeem(li, "kettle", 1);
        MallOrder shipped = mall.ship(new ShipMallOrder(tenant, order.orderId(), "SF1"));

        // when / then
        assertThatThrownBy(() -> mall.cancel(new CancelMallOrder(tenant, order.orderId(), "agent-7")))
                .isInstanceOf(IllegalMallTransitionException.class).hasMessageContaining("SHIPPED").hasMessageContaining("cancelled");
        assertThat(mall.order(tenant, order.orderId())).contains(shipped);
        assertThat(available(li)).isEqualTo(700);
        assertThat(stock("kettle").reserved()).isEqualTo(1);
    }

    @Test
    void a_digital_or_cancelled_order_cannot_be_shipped() {
        // given
        give(li, 1000);
        define(digital("coffee", 100));
        define(good("kettle", 100));
        MallOrder digital = redeem(li, "coffee", 1);
        MallOrder cancelled = mall.cancel(new CancelMallOrder(tenant, redeem(li, "kettle", 1).orderId(), "agent-7"));

        // when / then
        assertThatThrownBy(() -> mall.ship(new ShipMallOrder(tenant, digital.orderId(), "SF1")))
                .isInstanceOf(IllegalMallTransitionException.class).hasMessageContaining("digital");
        assertThatThrownBy(() -> mall.ship(new ShipMallOrder(tenant, cancelled.orderId(), "SF1")))
                .isInstanceOf(IllegalMallTransitionException.class).hasMessageContaining("cancelled");
        assertThat(mall.order(tenant, digital.orderId())).contains(digital);
        assertThat(mall.order(tenant, cancelled.orderId())).contains(cancelled);
    }

    @Test
    void too_few_points_reserve_nothing_and_leave_the_limit_untouched() {
        // given
        give(li, 100);
        define(good("kettle", 300).withStock(1L).withLimit(1));

        // when / then
        assertThatThrownBy(() -> redeem(li, "kettle", 1)).isInstanceOf(InsufficientPointsException.class);
        assertThat(stock("kettle").reserved()).isZero();
        assertThat(mall.ordersOf(tenant, li)).isEmpty();
        assertThat(available(li)).isEqualTo(100);
        give(li, 200);
        assertThat(redeem(li, "kettle", 1).points()).isEqualTo(300);
        assertThat(available(li)).isZero();
    }

    @Test
    void the_report_counts_live_orders_points_cash_and_stock_left_per_item() {
        // given
        give(li, 5000);
        give(han, 5000);
        define(good("kettle", 200).withCash(cny("10.00")).withStock(10L));
        define(digital("coffee", 50));
        define(digital("tea", 70));
        redeem(li, "kettle", 2);
        redeem(han, "kettle", 1);
        MallOrder cancelled = redeem(han, "kettle", 3);
        mall.cancel(new CancelMallOrder(tenant, cancelled.orderId(), "agent-7"));
        redeem(li, "coffee", 4);

        // when
        List<MallItemReport> report = mall.report(tenant, PROGRAMME);

        // then
        assertThat(report).containsExactly(
                new MallItemReport("coffee", "Voucher coffee", 1, 4, 200, cny("0.00"), null),
                new MallItemReport("kettle", "Good kettle", 2, 3, 600, cny("30.00"), 7L),
                new MallItemReport("tea", "Voucher tea", 0, 0, 0, cny("0.00"), null));
    }

    @Test
    void what_a_customer_can_redeem_now_leaves_out_closed_sold_out_tier_only_unaffordable_and_limited_items() {
        // given
        give(li, 500);
        placeIn(li, "silver");
        define(digital("open", 100));
        define(digital("later", 100).withWindow(java.time.LocalDate.of(2025, 6, 2), null));
        define(digital("ended", 100).withWindow(null, java.time.LocalDate.of(2025, 5, 31)));
        define(digital("gold-only", 100).withTiers(java.util.Set.of("gold", "diamond")));
        define(digital("silver-up", 100).withTiers(java.util.Set.of("silver", "gold")));
        define(digital("sold-out", 100).withStock(0L));
        define(digital("dear", 600));
        define(digital("once", 100).withLimit(1));
        define(digital("twice", 100).withLimit(2));
        redeem(li, "once", 1);
        redeem(li, "twice", 1);

        // when
        List<String> codes = mall.redeemableNow(tenant, li, PROGRAMME).stream().map(i -> i.code()).toList();

        // then
        assertThat(codes).containsExactly("open", "silver-up", "twice");
    }

    @Test
    void the_customers_timeline_tells_the_orders_story_without_the_tracking_reference() {
        // given
        give(li, 1000);
        define(good("kettle", 200).withCash(cny("19.90")));
        MallOrder order = redeem(li, "kettle", 1);
        mall.ship(new ShipMallOrder(tenant, order.orderId(), "SF-LI-LEI"));

        // when
        List<org.crmkit.customer.TimelineEntry> lines = crm.timeline().page(tenant, li, PageRequest.first(50)).items().stream()
                .filter(l -> l.context().equals("mall")).toList();

        // then
        assertThat(lines).extracting(org.crmkit.customer.TimelineEntry::summary)
                .containsExactly("kettle shipped", "redeemed 1 x kettle for 200 points and CNY 19.90");
        assertThat(lines).allSatisfy(l -> assertThat(l.reference()).isEqualTo(order.orderId()));
    }

    private StockedReward stock(String code) {
        return mall.catalogue(tenant, PROGRAMME).stream().filter(s -> s.item().code().equals(code)).findFirst().orElseThrow();
    }

    private List<LedgerEntry> statement(CustomerId who) {
        return loyalty.statement(tenant, who, PROGRAMME, PageRequest.first(100)).items();
    }
}
