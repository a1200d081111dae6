package org.crmkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.crmkit.loyalty.AccountRef;
import org.crmkit.loyalty.EntryType;
import org.crmkit.loyalty.HoldPoints;
import org.crmkit.loyalty.InsufficientPointsException;
import org.crmkit.loyalty.LedgerEntry;
import org.crmkit.loyalty.LedgerRuleException;
import org.crmkit.loyalty.PointsLot;
import org.crmkit.loyalty.PointsReceipt;
import org.crmkit.loyalty.RedemptionQuote;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.Money;
import org.crmkit.shared.RuleViolationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * End to end: what an order may pay with points (at most half of it, at least 100 points, in
 * multiples of 100, 100 points = CNY 1.00, never more than is available), holds outside those
 * limits, rewards with a points price, and the refusal that names available, held and requested.
 */
public abstract class LoyaltyRedemptionContract extends LoyaltyFixture {

    @BeforeEach
    void pointsMayPayHalfAnOrderInHundreds() {
        define(aProgramme().redemptionLimits("0.5", 100, 100));
    }

    @Test
    void the_quote_is_limited_by_the_share_of_the_order_points_may_pay() {
        // given
        grant(li, 100_000);

        // when
        RedemptionQuote quote = loyalty.quote(tenant, li, programme.id(), cny("199.90"));

        // then: half is CNY 99.95, 9,995 points, 9,900 in multiples of 100
        assertThat(quote.maxPoints()).isEqualTo(9900);
        assertThat(quote.cashValue()).isEqualTo(cny("99.00"));
        assertThat(quote.available()).isEqualTo(100_000);
        assertThat(quote.reason()).contains("50%", "CNY 199.90");
    }

    @Test
    void the_quote_is_limited_by_the_available_points() {
        // given
        grant(li, 2550);
        hold(li, 500);

        // when
        RedemptionQuote quote = loyalty.quote(tenant, li, programme.id(), cny("199.90"));

        // then
        assertThat(quote.maxPoints()).isEqualTo(2000);
        assertThat(quote.cashValue()).isEqualTo(cny("20.00"));
        assertThat(quote.available()).isEqualTo(2050);
        assertThat(quote.reason()).contains("2050 available");
    }

    @ParameterizedTest(name = "{0} available, order of CNY {1}")
    @CsvSource({"99, 199.90", "5000, 1.50"})
    void the_quote_is_zero_below_the_minimum(long available, String payable) {
        // given
        grant(li, available);

        // when
        RedemptionQuote quote = loyalty.quote(tenant, li, programme.id(), cny(payable));

        // then
        assertThat(quote.maxPoints()).isZero();
        assertThat(quote.cashValue()).isEqualTo(cny("0.00"));
        assertThat(quote.reason()).contains("minimum of 100");
    }

    @Test
    void pending_points_are_not_quoted() {
        // given
        define(aProgramme().redemptionLimits("0.5", 100, 100).pendingFor(Duration.ofDays(7)));
        buy(li, "o-1", "5000.00");

        // when
        RedemptionQuote quote = loyalty.quote(tenant, li, programme.id(), cny("199.90"));

        // then
        assertThat(quote.maxPoints()).isZero();
        assertThat(quote.available()).isZero();
    }

    @Test
    void a_quoted_amount_can_be_held_for_the_order() {
        // given
        grant(li, 100_000);
        RedemptionQuote quote = loyalty.quote(tenant, li, programme.id(), cny("199.90"));

        // when
        PointsReceipt held = loyalty.hold(new HoldPoints(tenant, li, programme.id(), key("hold"), quote.maxPoints(), "order-1",
                cny("199.90"), null));

        // then
        assertThat(held.points()).isEqualTo(9900);
        assertThat(balanceOf(li).held()).isEqualTo(9900);
    }

    @ParameterizedTest(name = "{0} points for an order of {1}")
    @CsvSource({"150, 199.90, multiples of 100", "50, , at least 100", "10000, 199.90, at most 9995 points"})
    void holds_outside_the_redemption_limits_are_refused(long points, String payable, String message) {
        // given
        grant(li, 100_000);
        Money orderPays = payable == null ? null : cny(payable);

        // when / then
        assertThatThrownBy(() -> loyalty.hold(new HoldPoints(tenant, li, programme.id(), key("hold"), points, "order-1", orderPays, null)))
                .isInstanceOf(LedgerRuleException.class).hasMessageContaining(message);
        assertThat(balanceOf(li).held()).isZero();
        assertThat(statementOf(li)).hasSize(1);
    }

    @Test
    void a_reward_is_redeemed_for_its_points_price() {
        // given
        grant(li, 1000);

        // when
        PointsReceipt redeemed = redeem(li, 300);

        // then
        assertThat(redeemed.availableAfter()).isEqualTo(700);
        assertThat(redeemed.operation()).isEqualTo("REDEEM");
        assertThat(balanceOf(li).lifetimeRedeemed()).isEqualTo(300);
        assertThat(statementOf(li).get(0)).satisfies(e -> {
            assertThat(e.type()).isEqualTo(EntryType.REDEEM);
            assertThat(e.signedPoints()).isEqualTo(-300);
            assertThat(e.reference()).isEqualTo("reward-mug");
        });
    }

    @Test
    void insufficient_points_are_refused_naming_available_held_and_requested() {
        // given
        grant(li, 1000);
        hold(li, 600);

        // when / then
        assertThatThrownBy(() -> redeem(li, 500)).isInstanceOfSatisfying(InsufficientPointsException.class, e -> {
            assertThat(e).isInstanceOf(RuleViolationException.class);
            assertThat(e.available()).isEqualTo(400);
            assertThat(e.held()).isEqualTo(600);
            assertThat(e.requested()).isEqualTo(500);
            assertThat(e.account()).isEqualTo(accountOf(li));
            assertThat(e.getMessage()).contains("400 points available", "600 held", "500 were requested");
        });
        assertThat(balanceOf(li).available()).isEqualTo(400);
        assertThat(balanceOf(li).lifetimeRedeemed()).isZero();
    }

    @Test
    void a_member_without_an_account_has_nothing_to_redeem_and_gets_no_account() {
        // given
        CustomerId newcomer = register("Newcomer");

        // when / then
        assertThatThrownBy(() -> redeem(newcomer, 100)).isInstanceOfSatisfying(InsufficientPointsException.class,
                e -> assertThat(e.available()).isZero());
        assertThat(storage().pointsLedger().find(accountOf(newcomer))).isEmpty();
        assertThat(loyalty.quote(tenant, newcomer, programme.id(), cny("100.00")).maxPoints()).isZero();
    }

    /**
     * A redemption that empties a dozen lots writes them all in one go, as one that takes from one
     * lot does (a storage may keep the statement of everyday sizes and build a larger one anew).
     */
    @Test
    void a_redemption_that_empties_twelve_lots_takes_from_each_and_records_one_entry() {
        // given
        for (int i = 0; i < 12; i++) {
            grant(li, 100);
        }

        // when
        PointsReceipt receipt = redeem(li, 1_200);

        // then
        assertThat(receipt.availableAfter()).isZero();
        assertThat(availableOf(li)).isZero();
        LedgerEntry redemption = statementOf(li).get(0);
        assertThat(redemption.type()).isEqualTo(EntryType.REDEEM);
        assertThat(redemption.points()).isEqualTo(1_200);
        assertThat(redemption.lots()).hasSize(12).allSatisfy(movement -> assertThat(movement.points()).isEqualTo(100));
    }

    /**
     * The port's read of spendable lots gives the first {@code limit} lots in spending order whatever
     * limits were read before it on the same connection (H2 answered a derived table whose bound
     * {@code LIMIT} alone had changed with the previous execution's rows: a read of 2 lots after one
     * of 10 gave 10).
     */
    @Test
    void reads_of_spendable_lots_give_each_limits_first_lots_in_spending_order_after_reads_of_other_limits() {
        // given
        for (int i = 0; i < 12; i++) {
            grant(li, 100);
        }
        AccountRef account = accountOf(li);

        // when: reads with growing and shrinking limits, on one connection
        List<Map.Entry<Integer, List<String>>> reads = new ArrayList<>();
        List<String> all = storage().transactions().inTransaction(() -> {
            for (int limit : new int[] {2, 8, 1, 12, 32, 8}) {
                reads.add(Map.entry(limit, storage().pointsLedger().spendableLots(account, limit).stream().map(PointsLot::lotId).toList()));
            }
            return storage().pointsLedger().spendableLots(account, 100).stream().map(PointsLot::lotId).toList();
        });

        // then
        assertThat(all).hasSize(12);
        reads.forEach(read -> assertThat(read.getValue()).as("a read of %d lots", read.getKey())
                .containsExactlyElementsOf(all.subList(0, Math.min(read.getKey(), all.size()))));
    }
}
