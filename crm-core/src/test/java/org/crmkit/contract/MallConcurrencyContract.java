package org.crmkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.IntFunction;
import org.crmkit.offer.mall.CancelMallOrder;
import org.crmkit.offer.mall.MallOrder;
import org.crmkit.offer.mall.MallOrderStatus;
import org.crmkit.offer.mall.RedeemReward;
import org.crmkit.offer.mall.RewardUnavailableException;
import org.crmkit.offer.mall.StockedReward;
import org.crmkit.shared.CustomerId;
import org.junit.jupiter.api.Test;

/**
 * The mall under contention: sixteen threads started together on a latch, on one item's last unit,
 * on one customer's limit, replaying one key and cancelling one order. Asserts outcomes (who won,
 * what the stock, counters, orders and balances hold), never timing; a deadlock shows as a thread
 * that does not finish within a generous bound.
 */
public abstract class MallConcurrencyContract extends MallFixture {

    private static final int THREADS = 16;

    @Test
    void sixteen_customers_on_the_last_unit_of_stock_get_it_once() throws Exception {
        // given: three units, two already redeemed; sixteen members with points
        give(li, 1000);
        define(digital("coffee", 100).withStock(3L));
        redeem(li, "coffee", 2);
        List<CustomerId> members = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            CustomerId member = register(tenant, "Member " + i);
            give(member, 500);
            members.add(member);
        }

        // when
        List<Object> outcomes = together(i -> () -> mall.redeem(new RedeemReward(tenant, members.get(i), PROGRAMME, "coffee", 1, "last-" + i)));

        // then
        assertThat(outcomes).filteredOn(MallOrder.class::isInstance).hasSize(1);
        assertThat(outcomes).filteredOn(RewardUnavailableException.class::isInstance).hasSize(THREADS - 1);
        StockedReward stocked = mall.catalogue(tenant, PROGRAMME).get(0);
        assertThat(stocked.reserved()).isEqualTo(3);
        assertThat(stocked.left()).isZero();
        assertThat(members.stream().mapToLong(this::available).sum()).as("one member paid").isEqualTo(THREADS * 500L - 100);
        assertThat(mall.report(tenant, PROGRAMME).get(0).units()).isEqualTo(3);
    }

    @Test
    void sixteen_redemptions_by_one_customer_never_pass_the_limit() throws Exception {
        // given
        give(li, 10_000);
        define(digital("coffee", 100).withLimit(3));

        // when
        List<Object> outcomes = together(i -> () -> mall.redeem(new RedeemReward(tenant, li, PROGRAMME, "coffee", 1, "limit-" + i)));

        // then
        assertThat(outcomes).filteredOn(MallOrder.class::isInstance).hasSize(3);
        assertThat(outcomes).filteredOn(RewardUnavailableException.class::isInstance).hasSize(THREADS - 3);
        assertThat(available(li)).isEqualTo(9_700);
        assertThat(mall.ordersOf(tenant, li)).hasSize(3);
        assertThat(mall.catalogue(tenant, PROGRAMME).get(0).reserved()).isEqualTo(3);
    }

    @Test
    void sixteen_replays_of_one_key_make_one_order() throws Exception {
        // given
        give(li, 1000);
        define(good("kettle", 100).withStock(10L));
        RedeemReward command = new RedeemReward(tenant, li, PROGRAMME, "kettle", 2, "the-one");

        // when
        List<Object> outcomes = together(i -> () -> mall.redeem(command));

        // then
        assertThat(outcomes).allSatisfy(o -> assertThat(o).isInstanceOf(MallOrder.class));
        assertThat(outcomes.stream().map(o -> ((MallOrder) o).orderId()).distinct()).hasSize(1);
        assertThat(available(li)).isEqualTo(800);
        assertThat(mall.catalogue(tenant, PROGRAMME).get(0).reserved()).isEqualTo(2);
    }

    @Test
    void sixteen_cancellations_of_one_order_refund_it_once() throws Exception {
        // given
        give(li, 1000);
        define(good("kettle", 300).withStock(1L));
        MallOrder order = redeem(li, "kettle", 1);

        // when
        List<Object> outcomes = together(i -> () -> mall.cancel(new CancelMallOrder(tenant, order.orderId(), "agent-" + i)));

        // then
        assertThat(outcomes).allSatisfy(o -> assertThat(o).isInstanceOf(MallOrder.class)
                .extracting(m -> ((MallOrder) m).status()).isEqualTo(MallOrderStatus.CANCELLED));
        assertThat(available(li)).isEqualTo(1000);
        assertThat(mall.catalogue(tenant, PROGRAMME).get(0).reserved()).isZero();
    }

    /** Runs {@code THREADS} calls released together; each outcome is the call's result or the exception it threw. */
    private List<Object> together(IntFunction<Callable<Object>> call) throws Exception {
        List<Object> outcomes = Together.run(THREADS, call);
        assertThat(outcomes).as("every outcome is an order or a refusal").allSatisfy(o -> assertThat(o)
                .isInstanceOfAny(MallOrder.class, RewardUnavailableException.class));
        return outcomes;
    }
}
