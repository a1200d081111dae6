package org.crmkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.crmkit.earning.Campaign;
import org.crmkit.earning.Contribution;
import org.crmkit.loyalty.PointsReceipt;
import org.crmkit.loyalty.PurchaseOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * End to end: per-order and per-day caps cut the regular points of a purchase (a day in the
 * programme's zone), and a campaign multiplies the base points of orders paid inside its window —
 * double points on 11.11 — and not outside it.
 */
public abstract class LoyaltyCapsAndCampaignsContract extends LoyaltyFixture {

    private static final Campaign DOUBLE_ELEVEN = Campaign.of("double-11", new BigDecimal("2"),
            shanghai("2025-11-11T00:00"), shanghai("2025-11-12T00:00"));

    @Test
    void the_per_order_cap_cuts_an_order_and_says_so() {
        // given
        define(aProgramme().earning(e -> e.withCaps(500L, null)));

        // when
        PointsReceipt big = buy(li, "o-1", "800.00");
        PointsReceipt small = buy(li, "o-2", "300.00");

        // then
        assertThat(big.points()).isEqualTo(500);
        assertThat(big.explanation()).extracting(Contribution::rule, Contribution::points)
                .contains(tuple("order-cap", -300L));
        assertThat(small.points()).isEqualTo(300);
        assertThat(availableOf(li)).isEqualTo(800);
    }

    @Test
    void the_per_day_cap_cuts_the_second_order_of_a_day_and_the_next_day_earns_again() {
        // given
        define(aProgramme().earning(e -> e.withCaps(null, 300L)));

        // when
        PointsReceipt first = buy(li, "o-1", "200.00");
        clock.advance(Duration.ofHours(3));
        PointsReceipt second = buy(li, "o-2", "200.00");
        PointsReceipt third = buy(li, "o-3", "50.00");
        clock.advance(Duration.ofDays(1));
        PointsReceipt nextDay = buy(li, "o-4", "200.00");

        // then
        assertThat(first.points()).isEqualTo(200);
        assertThat(second.points()).isEqualTo(100);
        assertThat(second.explanation()).anySatisfy(c -> {
            assertThat(c.rule()).isEqualTo("day-cap");
            assertThat(c.points()).isEqualTo(-100);
            assertThat(c.explanation()).contains("300", "2025-06-01");
        });
        assertThat(third.points()).isZero();
        assertThat(nextDay.points()).isEqualTo(200);
        assertThat(availableOf(li)).isEqualTo(500);
    }

    @Test
    void the_per_day_cap_counts_days_in_the_programme_zone_not_in_utc() {
        // given: 23:30 and 00:30 in Shanghai are the same UTC day
        define(aProgramme().earning(e -> e.withCaps(null, 100L)));
        clock.set(shanghai("2025-06-01T23:30"));
        buy(li, "o-1", "100.00");

        // when
        clock.set(shanghai("2025-06-02T00:30"));
        PointsReceipt afterMidnight = buy(li, "o-2", "100.00");

        // then
        assertThat(afterMidnight.points()).isEqualTo(100);
    }

    @Test
    void an_order_reported_a_day_late_is_capped_by_the_day_it_was_paid_on() {
        // given: today's order used today's cap; yesterday's order is reported only now
        define(aProgramme().earning(e -> e.withCaps(null, 100L)));
        buy(li, "o-today", "100.00");
        PurchaseOrder yesterdays = new PurchaseOrder(tenant, li, programme.id(), "purchase:o-yesterday", "o-yesterday",
                cny("100.00"), clock.instant().minus(Duration.ofDays(1)), List.of());

        // when
        PointsReceipt late = loyalty.earnForPurchase(yesterdays);
        PointsReceipt todaysSecond = buy(li, "o-today-2", "100.00");

        // then
        assertThat(late.points()).isEqualTo(100);
        assertThat(todaysSecond.points()).isZero();
    }

    @Test
    void the_per_day_caps_of_two_members_are_separate() {
        // given
        define(aProgramme().earning(e -> e.withCaps(null, 100L)));
        buy(li, "o-1", "100.00");

        // when
        PointsReceipt han1 = buy(han, "o-2", "100.00");

        // then
        assertThat(han1.points()).isEqualTo(100);
    }

    @Test
    void a_campaign_doubles_the_points_of_orders_paid_on_double_eleven() {
        // given
        define(aProgramme().campaign(DOUBLE_ELEVEN));
        clock.set(shanghai("2025-11-11T10:00"));

        // when
        PointsReceipt receipt = buy(li, "o-1", "199.90");

        // then
        assertThat(receipt.points()).isEqualTo(398);
        assertThat(receipt.explanation()).extracting(Contribution::rule, Contribution::points).containsExactly(
                tuple("base", 199L), tuple("campaign:double-11", 199L));
        assertThat(receipt.explanation().get(1).explanation()).contains("x2");
    }

    @ParameterizedTest(name = "paid at {0} in Shanghai")
    @ValueSource(strings = {"2025-11-10T23:59:59", "2025-11-12T00:00:00", "2025-12-11T10:00:00"})
    void a_campaign_adds_nothing_outside_its_window(String paidAt) {
        // given
        define(aProgramme().campaign(DOUBLE_ELEVEN));
        clock.set(shanghai(paidAt));

        // when
        PointsReceipt receipt = buy(li, "o-1", "199.90");

        // then
        assertThat(receipt.points()).isEqualTo(199);
        assertThat(receipt.explanation()).extracting(Contribution::rule).doesNotContain("campaign:double-11");
    }

    @Test
    void a_campaign_counts_when_the_order_was_paid_not_when_it_is_reported() {
        // given
        define(aProgramme().campaign(DOUBLE_ELEVEN));
        clock.set(shanghai("2025-11-12T09:00"));
        PurchaseOrder paidOnElevenEleven = new PurchaseOrder(tenant, li, programme.id(), "purchase:o-1", "o-1", cny("100.00"),
                shanghai("2025-11-11T23:00"), List.of());
        PurchaseOrder paidTooEarly = new PurchaseOrder(tenant, li, programme.id(), "purchase:o-2", "o-2", cny("100.00"),
                shanghai("2025-11-10T23:00"), List.of());

        // when
        PointsReceipt inside = loyalty.earnForPurchase(paidOnElevenEleven);
        PointsReceipt outside = loyalty.earnForPurchase(paidTooEarly);

        // then
        assertThat(inside.points()).isEqualTo(200);
        assertThat(outside.points()).isEqualTo(100);
    }

    @Test
    void an_order_paid_in_the_future_is_refused() {
        // given
        PurchaseOrder future = new PurchaseOrder(tenant, li, programme.id(), "purchase:o-1", "o-1", cny("100.00"),
                clock.instant().plusSeconds(60), List.of());

        // when
        var error = validationErrorOf(() -> loyalty.earnForPurchase(future));

        // then
        assertThat(fieldsOf(error)).containsExactly("paidAt");
        assertThat(statementOf(li)).isEmpty();
    }
}
