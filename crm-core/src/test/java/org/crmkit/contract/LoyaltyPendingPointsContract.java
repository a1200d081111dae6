package org.crmkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.crmkit.loyalty.EntryType;
import org.crmkit.loyalty.InsufficientPointsException;
import org.crmkit.loyalty.LedgerEntry;
import org.crmkit.loyalty.PointsReceipt;
import org.crmkit.loyalty.PurchaseOrder;
import org.crmkit.loyalty.TransferPoints;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * End to end: purchase points stay pending for the return window (7 days here, JD's no-reason
 * return), cannot be spent meanwhile, become available when it has passed, and a refund inside the
 * window cancels them.
 */
public abstract class LoyaltyPendingPointsContract extends LoyaltyFixture {

    private static final Duration WINDOW = Duration.ofDays(7);

    @BeforeEach
    void purchasesArePendingForSevenDays() {
        define(aProgramme().pendingFor(WINDOW));
    }

    @Test
    void purchase_points_are_pending_until_the_return_window_has_passed() {
        // given
        PointsReceipt earned = buy(li, "o-1", "199.90");

        // when
        clock.advance(WINDOW.minusSeconds(1));
        var justBefore = balanceOf(li);
        clock.advance(Duration.ofSeconds(1));
        var when = balanceOf(li);

        // then
        assertThat(earned.availableAfter()).isZero();
        assertThat(justBefore.pending()).isEqualTo(199);
        assertThat(justBefore.available()).isZero();
        assertThat(when.pending()).isZero();
        assertThat(when.available()).isEqualTo(199);
        assertThat(when.lifetimeEarned()).isEqualTo(199);
    }

    @Test
    void pending_points_cannot_be_spent_held_or_given_away() {
        // given
        buy(li, "o-1", "199.90");

        // when / then
        assertThatThrownBy(() -> redeem(li, 100)).isInstanceOfSatisfying(InsufficientPointsException.class, e -> {
            assertThat(e.available()).isZero();
            assertThat(e.requested()).isEqualTo(100);
        });
        assertThatThrownBy(() -> hold(li, 100)).isInstanceOf(InsufficientPointsException.class);
        assertThatThrownBy(() -> loyalty.transfer(new TransferPoints(tenant, li, programme.id(), key("t"), han, 100, null)))
                .isInstanceOf(InsufficientPointsException.class);
        assertThat(balanceOf(li).pending()).isEqualTo(199);
        assertThat(statementOf(li)).extracting(LedgerEntry::type).containsExactly(EntryType.EARN);
    }

    @Test
    void pending_points_can_be_spent_once_the_window_has_passed() {
        // given
        buy(li, "o-1", "199.90");
        clock.advance(WINDOW);

        // when
        PointsReceipt redeemed = redeem(li, 150);

        // then
        assertThat(redeemed.availableAfter()).isEqualTo(49);
    }

    @Test
    void a_full_refund_inside_the_window_cancels_the_pending_points() {
        // given
        buy(li, "o-1", "199.90");
        clock.advance(Duration.ofDays(2));

        // when
        PointsReceipt reversed = refund(li, "o-1", "199.90", "199.90");
        clock.advance(WINDOW);

        // then
        assertThat(reversed.points()).isEqualTo(199);
        assertThat(reversed.shortfall()).isZero();
        assertThat(balanceOf(li).pending()).isZero();
        assertThat(balanceOf(li).available()).isZero();
        assertThat(balanceOf(li).debt()).isZero();
        assertThat(statementOf(li)).extracting(LedgerEntry::type).containsExactly(EntryType.REVERSE, EntryType.EARN);
    }

    @Test
    void a_partial_refund_inside_the_window_cancels_its_share_and_the_rest_matures() {
        // given
        buy(li, "o-1", "200.00");

        // when
        refund(li, "o-1", "200.00", "50.00");
        var inWindow = balanceOf(li);
        clock.advance(WINDOW);
        var after = balanceOf(li);

        // then
        assertThat(inWindow.pending()).isEqualTo(150);
        assertThat(after.pending()).isZero();
        assertThat(after.available()).isEqualTo(150);
    }

    @Test
    void each_purchase_matures_on_its_own_day() {
        // given
        buy(li, "o-1", "100.00");
        clock.advance(Duration.ofDays(3));
        buy(li, "o-2", "40.00");

        // when
        clock.advance(Duration.ofDays(4));
        var afterFirstWindow = balanceOf(li);
        clock.advance(Duration.ofDays(3));
        var afterSecondWindow = balanceOf(li);

        // then
        assertThat(afterFirstWindow.available()).isEqualTo(100);
        assertThat(afterFirstWindow.pending()).isEqualTo(40);
        assertThat(afterSecondWindow.available()).isEqualTo(140);
        assertThat(afterSecondWindow.pending()).isZero();
    }

    @Test
    void an_order_paid_before_the_window_reported_late_is_available_at_once() {
        // given
        PurchaseOrder paidLongAgo = new PurchaseOrder(tenant, li, programme.id(), "purchase:o-1", "o-1", cny("100.00"),
                clock.instant().minus(Duration.ofDays(8)), List.of());

        // when
        PointsReceipt receipt = loyalty.earnForPurchase(paidLongAgo);

        // then
        assertThat(receipt.availableAfter()).isEqualTo(100);
        assertThat(balanceOf(li).pending()).isZero();
    }

    @Test
    void grants_are_available_at_once_even_while_purchases_are_pending() {
        // given
        buy(li, "o-1", "100.00");

        // when
        grant(li, 30);

        // then
        assertThat(balanceOf(li).available()).isEqualTo(30);
        assertThat(balanceOf(li).pending()).isEqualTo(100);
    }
}
