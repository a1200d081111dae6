package org.crmkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.crmkit.loyalty.BalanceView;
import org.crmkit.loyalty.DebtPolicy;
import org.crmkit.loyalty.EntryType;
import org.crmkit.loyalty.InsufficientPointsException;
import org.crmkit.loyalty.LedgerEntry;
import org.crmkit.loyalty.PointsReceipt;
import org.crmkit.loyalty.RefundOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * End to end: when the points of a refunded order were already spent, the programme's debt policy
 * decides — a negative balance repaid by the next earning, taking from other lots, or reporting
 * the shortfall. Li earned 100 points with order o-1, spent 80 of them and got 50 goodwill points;
 * a full refund of o-1 then finds 20 of its points left and 80 missing.
 */
public abstract class LoyaltyRefundOfSpentPointsContract extends LoyaltyFixture {

    private void liSpentMostOfHerOrdersPoints(DebtPolicy policy) {
        define(aProgramme().debtPolicy(policy));
        buy(li, "o-1", "100.00");
        redeem(li, 80);
        grant(li, 50);
    }

    @ParameterizedTest(name = "{0}: available {1}, debt {2}, reversed {3}, shortfall {4}")
    @CsvSource({
        "ALLOW_NEGATIVE_BALANCE, -30, 80, 100, 0",
        "TAKE_FROM_OTHER_LOTS,     0,  0,  70, 30",
        "REPORT_SHORTFALL,        50,  0,  20, 80"
    })
    void the_debt_policy_decides_what_a_refund_of_spent_points_does(DebtPolicy policy, long available, long debt, long reversed,
            long shortfall) {
        // given
        liSpentMostOfHerOrdersPoints(policy);

        // when
        PointsReceipt receipt = refund(li, "o-1", "100.00", "100.00");

        // then
        assertThat(receipt.points()).isEqualTo(reversed);
        assertThat(receipt.shortfall()).isEqualTo(shortfall);
        assertThat(receipt.availableAfter()).isEqualTo(available);
        BalanceView balance = balanceOf(li);
        assertThat(balance.available()).isEqualTo(available);
        assertThat(balance.debt()).isEqualTo(debt);
        assertThat(statementOf(li).get(0)).satisfies(e -> {
            assertThat(e.type()).isEqualTo(EntryType.REVERSE);
            assertThat(e.points()).isEqualTo(reversed);
            assertThat(e.availableAfter()).isEqualTo(available);
        });
        assertThat(storedAccountOf(li).isConserved()).isTrue();
    }

    @Test
    void a_negative_balance_cannot_be_spent_and_the_next_earning_repays_the_debt_first() {
        // given
        liSpentMostOfHerOrdersPoints(DebtPolicy.ALLOW_NEGATIVE_BALANCE);
        refund(li, "o-1", "100.00", "100.00");

        // when
        boolean refused = refusesToRedeem(1);
        PointsReceipt partly = buy(li, "o-2", "30.00");
        BalanceView stillOwing = balanceOf(li);
        PointsReceipt repaid = buy(li, "o-3", "100.00");

        // then
        assertThat(refused).isTrue();
        assertThat(partly.availableAfter()).isZero();
        assertThat(stillOwing.debt()).isEqualTo(50);
        assertThat(repaid.availableAfter()).isEqualTo(100);
        assertThat(balanceOf(li).debt()).isZero();
        assertThat(redeem(li, 100).availableAfter()).isZero();
        assertThat(storedAccountOf(li).isConserved()).isTrue();
    }

    @Test
    void pending_points_repay_the_debt_when_they_mature() {
        // given
        liSpentMostOfHerOrdersPoints(DebtPolicy.ALLOW_NEGATIVE_BALANCE);
        refund(li, "o-1", "100.00", "100.00");
        define(aProgramme().debtPolicy(DebtPolicy.ALLOW_NEGATIVE_BALANCE).pendingFor(Duration.ofDays(7)));
        buy(li, "o-2", "100.00");

        // when
        BalanceView pending = balanceOf(li);
        clock.advance(Duration.ofDays(7));
        BalanceView matured = balanceOf(li);

        // then
        assertThat(pending.debt()).isEqualTo(80);
        assertThat(pending.pending()).isEqualTo(100);
        assertThat(matured.debt()).isZero();
        assertThat(matured.available()).isEqualTo(70);
        assertThat(storedAccountOf(li).isConserved()).isTrue();
    }

    @Test
    void a_grant_repays_the_debt_first_too() {
        // given
        liSpentMostOfHerOrdersPoints(DebtPolicy.ALLOW_NEGATIVE_BALANCE);
        refund(li, "o-1", "100.00", "100.00");

        // when
        PointsReceipt granted = grant(li, 100);

        // then
        assertThat(granted.availableAfter()).isEqualTo(70);
        assertThat(balanceOf(li).debt()).isZero();
    }

    @Test
    void taking_from_other_lots_takes_what_they_have_and_reports_the_rest() {
        // given
        liSpentMostOfHerOrdersPoints(DebtPolicy.TAKE_FROM_OTHER_LOTS);
        redeem(li, 60);

        // when
        PointsReceipt receipt = refund(li, "o-1", "100.00", "100.00");

        // then: 10 left of the order and 0 elsewhere
        assertThat(receipt.points()).isEqualTo(10);
        assertThat(receipt.shortfall()).isEqualTo(90);
        assertThat(balanceOf(li).available()).isZero();
    }

    @Test
    void replaying_a_refund_with_the_same_key_does_nothing() {
        // given
        liSpentMostOfHerOrdersPoints(DebtPolicy.ALLOW_NEGATIVE_BALANCE);
        RefundOrder refund = new RefundOrder(tenant, li, programme.id(), "refund:o-1:1", "o-1", cny("100.00"), cny("50.00"));
        PointsReceipt first = loyalty.refund(refund);
        List<LedgerEntry> statement = statementOf(li);

        // when
        PointsReceipt again = loyalty.refund(refund);

        // then
        assertThat(again).isEqualTo(first);
        assertThat(statementOf(li)).isEqualTo(statement);
        assertThat(balanceOf(li).debt()).isEqualTo(30);
        assertThat(refund(li, "o-1", "100.00", "50.00").points()).as("the other half is still refundable").isEqualTo(50);
    }

    private boolean refusesToRedeem(long points) {
        try {
            redeem(li, points);
            return false;
        } catch (InsufficientPointsException e) {
            return true;
        }
    }
}
