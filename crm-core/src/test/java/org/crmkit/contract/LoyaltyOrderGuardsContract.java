package org.crmkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.crmkit.loyalty.HoldPoints;
import org.crmkit.loyalty.LedgerRuleException;
import org.crmkit.loyalty.PurchaseOrder;
import org.crmkit.loyalty.RefundOrder;
import org.crmkit.shared.Money;
import org.crmkit.shared.ValidationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * End to end: an order earns once whatever key it comes with; partial refunds of an order must
 * agree on its total; a quote needs a payable amount in the programme's currency; a hold lives at
 * most 30 days.
 */
public abstract class LoyaltyOrderGuardsContract extends LoyaltyFixture {

    @BeforeEach
    void theDefaultProgramme() {
        define(aProgramme());
    }

    @Test
    void an_order_earns_once_even_under_a_second_key() {
        // given
        buy(li, "o-1", "100.00");
        PurchaseOrder again = new PurchaseOrder(tenant, li, programme.id(), "another-key", "o-1", cny("100.00"), null, java.util.List.of());

        // when / then
        assertThatThrownBy(() -> loyalty.earnForPurchase(again))
                .isInstanceOf(LedgerRuleException.class).hasMessageContaining("o-1").hasMessageContaining("already earned");
        assertThat(availableOf(li)).isEqualTo(100);
    }

    @Test
    void partial_refunds_that_disagree_on_the_order_total_are_refused() {
        // given
        buy(li, "o-1", "100.00");
        refund(li, "o-1", "100.00", "10.00");

        // when
        ValidationException e = validationErrorOf(() -> refund(li, "o-1", "200.00", "10.00"));

        // then
        assertThat(fieldsOf(e)).containsExactly("orderTotal");
        assertThat(e.getMessage()).contains("CNY 100.00");
        assertThat(availableOf(li)).isEqualTo(90);
    }

    @Test
    void a_quote_for_a_payable_in_another_currency_or_negative_is_a_validation_error() {
        // given
        grant(li, 1000);

        // when / then
        assertThat(fieldsOf(validationErrorOf(() -> loyalty.quote(tenant, li, programme.id(), Money.of("10.00", "USD")))))
                .containsExactly("payable");
        assertThat(fieldsOf(validationErrorOf(() -> loyalty.quote(tenant, li, programme.id(), cny("-1.00")))))
                .containsExactly("payable");
    }

    @Test
    void a_hold_may_live_at_most_thirty_days() {
        // given
        grant(li, 1000);

        // when
        ValidationException e = validationErrorOf(() -> loyalty.hold(new HoldPoints(tenant, li, programme.id(), key("hold"), 100,
                "o-2", null, Duration.ofDays(31))));

        // then
        assertThat(fieldsOf(e)).containsExactly("ttl");
        assertThat(balanceOf(li).held()).isZero();
    }

    @Test
    void refunds_adding_up_beyond_the_total_are_refused_and_change_nothing() {
        // given
        buy(li, "o-1", "100.00");
        refund(li, "o-1", "100.00", "60.00");

        // when / then
        assertThatThrownBy(() -> loyalty.refund(new RefundOrder(tenant, li, programme.id(), key("refund"), "o-1",
                cny("100.00"), cny("50.00")))).isInstanceOf(LedgerRuleException.class).hasMessageContaining("more than its total");
        assertThat(availableOf(li)).isEqualTo(40);
    }
}
