package org.crmkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.crmkit.loyalty.EntryType;
import org.crmkit.loyalty.LedgerEntry;
import org.crmkit.loyalty.LedgerRuleException;
import org.crmkit.loyalty.LotMovement;
import org.crmkit.loyalty.PointsReceipt;
import org.crmkit.loyalty.RefundOrder;
import org.crmkit.shared.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * End to end: a refund claws back the order's points in proportion to the refunded amount, from
 * the lots that order created; partial refunds add up to exactly the order's points; refunds
 * beyond the order are refused. Purchase points are available at once here (no pending period).
 */
public abstract class LoyaltyRefundContract extends LoyaltyFixture {

    @Test
    void a_full_refund_claws_back_every_point_of_the_order() {
        // given
        PointsReceipt earned = buy(li, "o-1", "200.00");

        // when
        PointsReceipt reversed = refund(li, "o-1", "200.00", "200.00");

        // then
        assertThat(reversed.points()).isEqualTo(200);
        assertThat(reversed.operation()).isEqualTo("REFUND");
        assertThat(reversed.availableAfter()).isZero();
        LedgerEntry entry = statementOf(li).get(0);
        assertThat(entry.type()).isEqualTo(EntryType.REVERSE);
        assertThat(entry.signedPoints()).isEqualTo(-200);
        assertThat(entry.reference()).isEqualTo("o-1");
        assertThat(entry.lots()).containsExactly(new LotMovement(lotOf(earned), 200));
        assertThat(storedAccountOf(li).reversed()).isEqualTo(200);
    }

    @ParameterizedTest(name = "refunding {2} of {1} claws back {3} of {4} points")
    @CsvSource({"1, 200.00, 50.00, 50, 200", "1, 199.90, 99.95, 99, 199", "1, 100.00, 0.01, 0, 100", "33.34, 3.00, 1.00, 33, 100"})
    void a_partial_refund_claws_back_its_share_rounded_down(String rate, String total, String refunded, long clawedBack,
            long earned) {
        // given
        define(aProgramme().pointsPerYuan(rate));
        assertThat(buy(li, "o-1", total).points()).isEqualTo(earned);

        // when
        PointsReceipt reversed = refund(li, "o-1", total, refunded);

        // then
        assertThat(reversed.points()).isEqualTo(clawedBack);
        assertThat(availableOf(li)).isEqualTo(earned - clawedBack);
    }

    @Test
    void partial_refunds_add_up_to_exactly_the_points_of_the_order() {
        // given
        define(aProgramme().pointsPerYuan("0.7"));
        buy(li, "o-1", "100.00");

        // when: 70 x 1/3 is 23.33, each share rounds down, the last refund takes the remainder
        long first = refund(li, "o-1", "100.00", "33.33").points();
        long second = refund(li, "o-1", "100.00", "33.33").points();
        long third = refund(li, "o-1", "100.00", "33.34").points();

        // then
        assertThat(List.of(first, second, third)).containsExactly(23L, 23L, 24L);
        assertThat(availableOf(li)).isZero();
    }

    @Test
    void a_refund_takes_from_the_orders_lots_before_any_other() {
        // given: goodwill points earned first would otherwise be spent first
        PointsReceipt goodwill = grant(li, 500);
        PointsReceipt earned = buy(li, "o-1", "100.00");
        PointsReceipt other = buy(li, "o-2", "100.00");

        // when
        refund(li, "o-1", "100.00", "100.00");

        // then
        assertThat(statementOf(li).get(0).lots()).containsExactly(new LotMovement(lotOf(earned), 100));
        assertThat(availableOf(li)).isEqualTo(600);
        assertThat(List.of(lotOf(goodwill), lotOf(other))).doesNotContain(lotOf(earned));
    }

    @Test
    void a_refund_larger_than_the_order_is_refused() {
        // given
        buy(li, "o-1", "100.00");

        // when
        var error = validationErrorOf(() -> refund(li, "o-1", "100.00", "100.01"));

        // then
        assertThat(fieldsOf(error)).containsExactly("refunded");
        assertThat(availableOf(li)).isEqualTo(100);
    }

    @Test
    void refunds_adding_up_beyond_the_order_total_are_refused_and_change_nothing() {
        // given
        buy(li, "o-1", "100.00");
        refund(li, "o-1", "100.00", "60.00");
        List<LedgerEntry> before = statementOf(li);

        // when / then
        assertThatThrownBy(() -> refund(li, "o-1", "100.00", "40.01")).isInstanceOf(LedgerRuleException.class)
                .hasMessageContaining("CNY 100.01").hasMessageContaining("CNY 60.00");
        assertThat(statementOf(li)).isEqualTo(before);
        assertThat(availableOf(li)).isEqualTo(40);
        assertThat(refund(li, "o-1", "100.00", "40.00").points()).as("the rest may still be refunded").isEqualTo(40);
    }

    @ParameterizedTest(name = "refund {0} of {1}")
    @CsvSource({"0.00, 100.00, refunded", "-5.00, 100.00, refunded", "5.00, 0.00, orderTotal"})
    void a_refund_of_nothing_or_of_a_worthless_order_is_refused(String refunded, String total, String field) {
        // given
        buy(li, "o-1", "100.00");

        // when
        var error = validationErrorOf(() -> refund(li, "o-1", total, refunded));

        // then
        assertThat(fieldsOf(error)).contains(field);
        assertThat(availableOf(li)).isEqualTo(100);
    }

    @Test
    void a_refund_in_another_currency_is_refused() {
        // given
        buy(li, "o-1", "100.00");

        // when
        var error = validationErrorOf(() -> loyalty.refund(new RefundOrder(tenant, li, programme.id(), key("refund"), "o-1",
                cny("100.00"), Money.of("10.00", "USD"))));

        // then
        assertThat(fieldsOf(error)).containsExactly("refunded");
    }

    @Test
    void refunding_one_order_leaves_the_other_orders_points_alone() {
        // given
        buy(li, "o-1", "100.00");
        buy(li, "o-2", "100.00");

        // when
        refund(li, "o-2", "100.00", "100.00");
        PointsReceipt firstOrderRefund = refund(li, "o-1", "100.00", "50.00");

        // then
        assertThat(firstOrderRefund.points()).isEqualTo(50);
        assertThat(availableOf(li)).isEqualTo(50);
    }

    /** The lot a grant or purchase created, from its EARN entry. */
    private String lotOf(PointsReceipt earned) {
        return statementOf(li).stream().filter(e -> e.entryId().equals(earned.entryIds().get(0)))
                .findFirst().orElseThrow().lots().get(0).lotId();
    }
}
