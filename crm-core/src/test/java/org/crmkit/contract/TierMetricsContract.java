package org.crmkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Currency;
import org.crmkit.earning.EarningPolicy;
import org.crmkit.tier.QualifyingMetrics;
import org.crmkit.tier.TierPolicies;
import org.crmkit.tier.TierStatus;
import org.junit.jupiter.api.Test;

/**
 * The built-in qualifying metrics besides JD's growth value: spend and order count in a rolling
 * window, lifetime spend; and growth value from activities.
 */
public abstract class TierMetricsContract extends TierFixture {

    @Test
    void rolling_spend_ignores_a_purchase_made_13_months_ago() {
        // given
        tiers.defineLadder(jdLadder(tenant, QualifyingMetrics.rollingSpend(12)));
        tiers.recordPurchase(purchase(li, "old", "2000.00", shanghai("2024-04-10T10:00")));

        // when
        TierStatus status = buy(li, "1500.00");

        // then
        assertThat(status.metric()).isEqualTo(1500);
        assertThat(status.tier().code()).isEqualTo("bronze");
    }

    @Test
    void rolling_spend_counts_a_purchase_made_11_months_ago() {
        // given
        tiers.defineLadder(jdLadder(tenant, QualifyingMetrics.rollingSpend(12)));
        tiers.recordPurchase(purchase(li, "older", "2000.00", shanghai("2024-06-10T10:00")));

        // when
        TierStatus status = buy(li, "1500.00");

        // then
        assertThat(status.metric()).isEqualTo(3500);
        assertThat(status.tier().code()).isEqualTo("silver");
    }

    @Test
    void rolling_spend_falls_as_purchases_leave_the_window_and_the_assessment_drops_the_member() {
        // given
        tiers.defineLadder(jdLadder(tenant, QualifyingMetrics.rollingSpend(12)));
        buy(li, "3500.00");

        // when
        at("2026-05-10T09:00");
        long justInside = statusOf(li).metric();
        assessOn("2026-06-01");

        // then
        assertThat(justInside).isEqualTo(3500);
        assertThat(statusOf(li).metric()).isZero();
        assertThat(tierOf(li)).isEqualTo("bronze");
    }

    @Test
    void rolling_orders_count_orders_in_the_window_less_fully_refunded_ones() {
        // given: bronze from 2 orders, silver from 5
        tiers.defineLadder(ladder(tenant, QualifyingMetrics.rollingOrders(12), TierPolicies.jd(), 0, 2, 5, 10, 30));
        tiers.recordPurchase(purchase(li, "old-1", "10.00", shanghai("2024-04-01T10:00")));
        tiers.recordPurchase(purchase(li, "old-2", "10.00", shanghai("2024-04-02T10:00")));
        tiers.recordPurchase(purchase(li, "old-3", "10.00", shanghai("2024-04-03T10:00")));
        buy(li, "o-1", "10.00");
        buy(li, "o-2", "10.00");
        buy(li, "o-3", "10.00");

        // when
        TierStatus afterPartial = refund(li, "o-1", "5.00", false);
        TierStatus afterFull = refund(li, "o-2", "10.00", true);

        // then
        assertThat(afterPartial.metric()).isEqualTo(3);
        assertThat(afterFull.metric()).isEqualTo(2);
        assertThat(afterFull.tier().code()).isEqualTo("bronze");
    }

    @Test
    void lifetime_spend_counts_every_purchase_in_whole_yuan_net_of_refunds() {
        // given
        tiers.defineLadder(jdLadder(tenant, QualifyingMetrics.lifetimeSpend()));
        tiers.recordPurchase(purchase(li, "old", "2000.99", shanghai("2020-01-01T10:00")));

        // when
        TierStatus bought = buy(li, "o-1", "1000.99");
        TierStatus refunded = refund(li, "o-1", "500.00", false);

        // then
        assertThat(bought.metric()).isEqualTo(3000);
        assertThat(bought.tier().code()).isEqualTo("silver");
        assertThat(refunded.metric()).isEqualTo(2500);
    }

    @Test
    void growth_grants_add_to_purchases_and_upgrade_at_once() {
        // given
        buy(li, "500.00");

        // when
        TierStatus status = grow(li, 600);

        // then
        assertThat(status.metric()).isEqualTo(1100);
        assertThat(status.tier().code()).isEqualTo("bronze");
    }

    @Test
    void growth_grants_do_not_count_as_spend() {
        // given
        tiers.defineLadder(jdLadder(tenant, QualifyingMetrics.lifetimeSpend()));

        // when
        TierStatus status = grow(li, 5000);

        // then
        assertThat(status.metric()).isZero();
        assertThat(status.tier().code()).isEqualTo("registered");
    }

    @Test
    void growth_per_yuan_follows_the_policy_and_rounds_down() {
        // given
        tiers.defineLadder(jdLadder(tenant).withGrowthEarning(EarningPolicy.basic(Currency.getInstance("CNY"), new BigDecimal("2"))));

        // when
        TierStatus status = buy(li, "499.99");

        // then: 999.98 growth, rounded down
        assertThat(status.metric()).isEqualTo(999);
        assertThat(buy(li, "0.50").tier().code()).isEqualTo("bronze");
    }

    @Test
    void refunds_never_take_the_metric_below_zero() {
        // given: an order bought before the ladder existed is refunded after a smaller one
        tiers.defineLadder(jdLadder(tenant, QualifyingMetrics.lifetimeSpend()));
        buy(li, "o-1", "100.00");

        // when
        TierStatus status = refund(li, "o-bought-before-the-ladder", "300.00", true);

        // then
        assertThat(status.metric()).isZero();
        assertThat(status.metricExplanation()).contains("-200 raised to 0");
    }

    @Test
    void a_refund_takes_back_no_more_growth_than_its_order_earned() {
        // given
        buy(li, "o-1", "100.00");
        buy(li, "o-2", "900.00");

        // when
        TierStatus status = refund(li, "o-1", "100.00", true);
        TierStatus again = refund(li, "o-1", "100.00", true);

        // then
        assertThat(status.metric()).isEqualTo(900);
        assertThat(again.metric()).isEqualTo(900);
    }
}
