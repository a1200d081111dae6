package org.crmkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.crmkit.shared.IdempotencyKeyReusedException;
import org.crmkit.shared.RuleViolationException;
import org.crmkit.tier.GrantGrowth;
import org.crmkit.tier.QualifyingMetrics;
import org.crmkit.tier.RecordTierPurchase;
import org.crmkit.tier.RecordTierRefund;
import org.crmkit.tier.TierStatus;
import org.junit.jupiter.api.Test;

/**
 * A member with years of facts: a purchase or grant reads the last month and the metric's window
 * one by one and may get the older facts summed (PostgreSQL does); whatever the store gives, the
 * metric, its explanation, the order-counts-once rule and replays by key behave as with every fact
 * at hand.
 */
public abstract class TierLongHistoryContract extends TierFixture {

    /** Li buys every 20 days for three years from 2022-05-10, CNY 100 + the purchase's number; returns the orders. */
    private List<String> threeYearsOfPurchases() {
        List<String> orders = new ArrayList<>();
        Instant start = shanghai("2022-05-10T10:00");
        for (int i = 0; i < 55; i++) {
            clock.set(start.plus(Duration.ofDays(20L * i)));
            String order = "old-" + i;
            tiers.recordPurchase(purchase(li, order, String.valueOf(100 + i), null));
            orders.add(order);
        }
        return orders;
    }

    @Test
    void growth_value_counts_every_fact_of_the_years_before_and_says_how_many() {
        threeYearsOfPurchases();
        at("2025-06-01T09:00");
        TierStatus status = buy(li, "40");
        long expected = 40;
        for (int i = 0; i < 55; i++) {
            expected += 100 + i;
        }
        assertThat(status.metric()).isEqualTo(expected);
        assertThat(status.metricExplanation()).startsWith("growth value of 56 facts up to 2025-06-01T09:00+08:00");
        assertThat(grow(li, 7).metric()).isEqualTo(expected + 7);
    }

    @Test
    void a_rolling_window_counts_only_its_months_after_years_of_facts() {
        tiers.defineLadder(jdLadder(tenant, QualifyingMetrics.rollingSpend(12)));
        threeYearsOfPurchases();
        at("2025-06-01T09:00");
        TierStatus status = buy(li, "40");
        long expected = 40;
        int counted = 1;
        Instant windowStart = shanghai("2024-06-01T09:00");
        Instant start = shanghai("2022-05-10T10:00");
        for (int i = 0; i < 55; i++) {
            if (start.plus(Duration.ofDays(20L * i)).isAfter(windowStart)) {
                expected += 100 + i;
                counted++;
            }
        }
        assertThat(status.metric()).isEqualTo(expected);
        assertThat(status.metricExplanation()).startsWith("spend of " + counted + " facts in the 12 months to 2025-06-01T09:00+08:00");
    }

    @Test
    void an_order_counted_years_ago_is_refused_under_another_key_and_nothing_is_recorded() {
        List<String> orders = threeYearsOfPurchases();
        at("2025-06-01T09:00");
        long before = statusOf(li).metric();
        assertThatThrownBy(() -> tiers.recordPurchase(new RecordTierPurchase(tenant, li, PROGRAMME, "another-key",
                orders.get(0), cny("100"), null)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("order " + orders.get(0) + " already counts");
        assertThat(statusOf(li).metric()).isEqualTo(before);
        assertThat(buy(li, orders.get(54), "5").metric()).as("a replay of the last order's key").isEqualTo(before);
    }

    @Test
    void a_replay_of_a_key_recorded_years_ago_answers_the_status_and_records_nothing() {
        List<String> orders = threeYearsOfPurchases();
        at("2025-06-01T09:00");
        long before = statusOf(li).metric();
        TierStatus replayed = tiers.recordPurchase(purchase(li, orders.get(0), "100", shanghai("2022-05-10T10:00")));
        assertThat(replayed.metric()).isEqualTo(before);
        assertThat(buy(li, "1").metric()).isEqualTo(before + 1);
    }

    @Test
    void a_refund_of_an_order_bought_years_ago_takes_its_growth_back_and_a_second_full_refund_takes_nothing() {
        List<String> orders = threeYearsOfPurchases();
        at("2025-06-01T09:00");
        long before = statusOf(li).metric();
        TierStatus refunded = refund(li, orders.get(1), "101", true);
        assertThat(refunded.metric()).isEqualTo(before - 101);
        assertThat(refunded.metricExplanation()).startsWith("growth value of 56 facts");
        assertThat(refund(li, orders.get(1), "101", true).metric()).as("the order's growth is taken back once").isEqualTo(before - 101);
        assertThat(buy(li, "1").metric()).isEqualTo(before - 100);
    }

    @Test
    void a_growth_grant_and_a_refund_replayed_by_key_after_years_of_facts_count_once() {
        List<String> orders = threeYearsOfPurchases();
        at("2025-06-01T09:00");
        long before = statusOf(li).metric();
        GrantGrowth grant = new GrantGrowth(tenant, li, PROGRAMME, "review-2025-06", 9, "product review");
        assertThat(tiers.grantGrowth(grant).metric()).isEqualTo(before + 9);
        assertThat(tiers.grantGrowth(grant).metric()).as("the grant replayed").isEqualTo(before + 9);
        RecordTierRefund refund = refundOf(li, orders.get(2), "102", true, null);
        assertThat(tiers.recordRefund(refund).metric()).isEqualTo(before + 9 - 102);
        assertThat(tiers.recordRefund(refund).metric()).as("the refund replayed").isEqualTo(before + 9 - 102);
        assertThat(statusOf(li).metricExplanation()).startsWith("growth value of 57 facts");
    }

    @Test
    void a_key_of_another_members_old_fact_is_refused() {
        List<String> orders = threeYearsOfPurchases();
        at("2025-06-01T09:00");
        assertThatThrownBy(() -> tiers.recordPurchase(new RecordTierPurchase(tenant, han, PROGRAMME, "buy:" + orders.get(0),
                orders.get(0), cny("100"), null)))
                .isInstanceOf(IdempotencyKeyReusedException.class);
        assertThat(statusOf(han).metric()).isZero();
    }

    @Test
    void a_purchase_dated_months_back_counts_as_with_every_fact_at_hand() {
        threeYearsOfPurchases();
        at("2025-06-01T09:00");
        long before = statusOf(li).metric();
        TierStatus late = tiers.recordPurchase(purchase(li, "late", "33", shanghai("2025-01-15T12:00")));
        assertThat(late.metric()).isEqualTo(before + 33);
        assertThat(late.metricExplanation()).startsWith("growth value of 56 facts");
    }
}
