package org.crmkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import org.crmkit.loyalty.BalanceView;
import org.crmkit.loyalty.RefundOrder;
import org.crmkit.shared.Money;
import org.crmkit.shared.ValidationException;
import org.crmkit.testing.ProgrammeBuilder;
import org.crmkit.tier.RecordTierRefund;
import org.crmkit.value.history.RecordPurchase;
import org.crmkit.value.history.RecordRefund;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 19: Li pays CNY 100.00 for order o-1 (100 points, 100 growth). A refund in dollars, through
 * any door, is refused naming the field in the wrong currency, and changes nothing: no points
 * reversed, no growth taken, no money refunded.
 */
public abstract class RefundInAnotherCurrencyContract extends TierFixture {

    @BeforeEach
    void liPaysAHundredYuanInAProgrammeWithALadder() {
        crm.loyalty().defineProgramme(ProgrammeBuilder.aProgramme(tenant).build());
        crm.commerce().recordPurchase(RecordPurchase.of(tenant, li, "o-1", cny("100.00")).inProgramme(PROGRAMME));
    }

    private static Money usd(String amount) {
        return Money.of(amount, "USD");
    }

    private BalanceView balance() {
        return crm.loyalty().balance(tenant, li, PROGRAMME);
    }

    @ParameterizedTest(name = "a total of {0} {1} with {2} {3} refunded is refused naming {4}")
    @CsvSource({"CNY, 100.00, USD, 100.00, refunded", "USD, 100.00, USD, 100.00, orderTotal", "USD, 100.00, CNY, 100.00, refunded"})
    void a_loyalty_refund_in_another_currency_is_refused_and_reverses_nothing(String totalCurrency, String total,
            String refundedCurrency, String refunded, String field) {
        // given
        RefundOrder dollars = new RefundOrder(tenant, li, PROGRAMME, "refund-usd", "o-1", Money.of(total, totalCurrency),
                Money.of(refunded, refundedCurrency));

        // when
        ValidationException error = validationErrorOf(() -> crm.loyalty().refund(dollars));

        // then
        assertThat(fieldsOf(error)).containsExactly(field);
        assertThat(balance().available()).isEqualTo(100);
        assertThat(crm.loyalty().refund(new RefundOrder(tenant, li, PROGRAMME, "refund-cny", "o-1", cny("100.00"), cny("40.00"))).points())
                .as("the order's own currency is still refunded as before").isEqualTo(40);
    }

    @ParameterizedTest(name = "a total of {0} with {1} refunded is refused")
    @CsvSource({"CNY, USD", "USD, USD"})
    void a_tier_refund_in_another_currency_is_refused_and_takes_no_growth(String totalCurrency, String refundedCurrency) {
        // given
        RecordTierRefund dollars = new RecordTierRefund(tenant, li, PROGRAMME, "refund-usd", "o-1", Money.of("100.00", totalCurrency),
                Money.of("100.00", refundedCurrency), true, null);

        // when
        ValidationException error = validationErrorOf(() -> tiers.recordRefund(dollars));

        // then
        assertThat(fieldsOf(error)).containsExactly("refunded");
        assertThat(statusOf(li).metric()).isEqualTo(100);
    }

    @Test
    void a_refund_through_the_commerce_door_in_another_currency_is_refused_and_writes_nothing() {
        // when
        ValidationException error = validationErrorOf(() -> crm.commerce().recordRefund(RecordRefund.of(tenant, li, "o-1", "r-1", usd("100.00"))));

        // then
        assertThat(fieldsOf(error)).containsExactly("refunded");
        assertThat(crm.value().summary(tenant, li).orElseThrow().refunded()).isEqualTo(cny("0.00"));
        assertThat(balance().available()).isEqualTo(100);
        assertThat(statusOf(li).metric()).isEqualTo(100);
        assertThat(crm.commerce().recordRefund(RecordRefund.of(tenant, li, "o-1", "r-1", cny("100.00"))).replay())
                .as("the refund id was not taken").isFalse();
        assertThat(balance().available()).isZero();
    }
}
