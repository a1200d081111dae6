package org.crmkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.crmkit.loyalty.AdjustPoints;
import org.crmkit.loyalty.CommitHold;
import org.crmkit.loyalty.ExpiryPolicies;
import org.crmkit.loyalty.GrantPoints;
import org.crmkit.loyalty.InsufficientPointsException;
import org.crmkit.loyalty.LoyaltyEvent;
import org.crmkit.loyalty.PointsAdjusted;
import org.crmkit.loyalty.PointsEarned;
import org.crmkit.loyalty.PointsExpired;
import org.crmkit.loyalty.PointsHeld;
import org.crmkit.loyalty.PointsHoldReleased;
import org.crmkit.loyalty.PointsReceipt;
import org.crmkit.loyalty.PointsRedeemed;
import org.crmkit.loyalty.PointsReversed;
import org.crmkit.loyalty.PointsTransferred;
import org.crmkit.loyalty.ReleaseHold;
import org.crmkit.loyalty.TransferPoints;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * End to end: every change of a points account lands in the outbox as a loyalty event carrying
 * the tenant, the account, the operation's key and the amounts; refused operations and replays
 * publish nothing. Purchases are pending for 7 days; points expire a month after earning.
 */
public abstract class LoyaltyEventsContract extends LoyaltyFixture {

    @BeforeEach
    void aProgrammeWithPendingAndExpiry() {
        define(aProgramme().pendingFor(Duration.ofDays(7)).expiry(ExpiryPolicies.rollingMonths(1)));
        drainLoyaltyEvents();
    }

    @Test
    void earning_publishes_points_earned_saying_whether_they_are_pending() {
        // when
        buy(li, "o-1", "100.00");
        grant(li, 30);

        // then
        List<LoyaltyEvent> events = drainLoyaltyEvents();
        assertThat(events).hasSize(2);
        assertThat(events.get(0)).isInstanceOfSatisfying(PointsEarned.class, e -> {
            assertThat(e.points()).isEqualTo(100);
            assertThat(e.pending()).isTrue();
            assertThat(e.reference()).isEqualTo("o-1");
            assertThat(e.operationKey()).isEqualTo("purchase:o-1");
            assertThat(e.account()).isEqualTo(accountOf(li));
            assertThat(e.tenantId()).isEqualTo(tenant);
            assertThat(e.occurredAt()).isEqualTo(clock.instant());
            assertThat(e.aggregateId()).isEqualTo(accountOf(li).toString());
        });
        assertThat(events.get(1)).isInstanceOfSatisfying(PointsEarned.class, e -> assertThat(e.pending()).isFalse());
    }

    @Test
    void holding_committing_and_releasing_publish_their_events() {
        // given
        grant(li, 500);
        drainLoyaltyEvents();

        // when
        PointsReceipt paid = hold(li, 200);
        loyalty.commit(new CommitHold(tenant, "pay-1", paid.holdId()));
        PointsReceipt cancelled = hold(li, 100);
        loyalty.release(new ReleaseHold(tenant, "cancel-1", cancelled.holdId()));

        // then
        List<LoyaltyEvent> events = drainLoyaltyEvents();
        assertThat(events).extracting(e -> e.getClass().getSimpleName())
                .containsExactly("PointsHeld", "PointsRedeemed", "PointsHeld", "PointsHoldReleased");
        assertThat(events.get(0)).isInstanceOfSatisfying(PointsHeld.class, e -> {
            assertThat(e.holdId()).isEqualTo(paid.holdId());
            assertThat(e.points()).isEqualTo(200);
        });
        assertThat(events.get(1)).isInstanceOfSatisfying(PointsRedeemed.class, e -> {
            assertThat(e.points()).isEqualTo(200);
            assertThat(e.operationKey()).isEqualTo("pay-1");
        });
        assertThat(events.get(3)).isInstanceOfSatisfying(PointsHoldReleased.class, e -> {
            assertThat(e.holdId()).isEqualTo(cancelled.holdId());
            assertThat(e.timedOut()).isFalse();
        });
    }

    @Test
    void a_hold_timing_out_publishes_a_release_that_says_so() {
        // given
        grant(li, 500);
        hold(li, 200);
        drainLoyaltyEvents();

        // when
        clock.advance(programme.holdTtl());
        balanceOf(li);

        // then
        assertThat(drainLoyaltyEvents()).singleElement().isInstanceOfSatisfying(PointsHoldReleased.class, e -> {
            assertThat(e.timedOut()).isTrue();
            assertThat(e.points()).isEqualTo(200);
        });
    }

    @Test
    void redeeming_a_reward_expiring_and_reversing_publish_their_events() {
        // given
        grant(li, 500);
        buy(li, "o-1", "100.00");
        drainLoyaltyEvents();

        // when
        redeem(li, 120);
        refund(li, "o-1", "100.00", "40.00");
        clock.advance(Duration.ofDays(31));
        loyalty.settleDue(0, 1);

        // then
        List<LoyaltyEvent> events = drainLoyaltyEvents();
        assertThat(events).hasSize(4);
        assertThat(events.get(0)).isInstanceOfSatisfying(PointsRedeemed.class, e -> assertThat(e.points()).isEqualTo(120));
        assertThat(events.get(1)).isInstanceOfSatisfying(PointsReversed.class, e -> {
            assertThat(e.points()).isEqualTo(40);
            assertThat(e.orderId()).isEqualTo("o-1");
            assertThat(e.shortfall()).isZero();
        });
        assertThat(events.subList(2, 4)).allSatisfy(e -> assertThat(e).isInstanceOf(PointsExpired.class))
                .extracting(e -> ((PointsExpired) e).points()).containsExactlyInAnyOrder(380L, 60L);
    }

    @Test
    void adjusting_and_transferring_publish_their_events() {
        // given
        grant(li, 500);
        drainLoyaltyEvents();

        // when
        loyalty.adjust(new AdjustPoints(tenant, li, programme.id(), "adj-1", -50, "duplicate", "ops-1"));
        loyalty.transfer(new TransferPoints(tenant, li, programme.id(), "tr-1", han, 100, "family"));

        // then
        List<LoyaltyEvent> events = drainLoyaltyEvents();
        assertThat(events).hasSize(2);
        assertThat(events.get(0)).isInstanceOfSatisfying(PointsAdjusted.class, e -> {
            assertThat(e.signedPoints()).isEqualTo(-50);
            assertThat(e.reason()).isEqualTo("duplicate");
            assertThat(e.actor()).isEqualTo("ops-1");
        });
        assertThat(events.get(1)).isInstanceOfSatisfying(PointsTransferred.class, e -> {
            assertThat(e.account()).isEqualTo(accountOf(li));
            assertThat(e.recipient()).isEqualTo(accountOf(han));
            assertThat(e.points()).isEqualTo(100);
        });
    }

    @Test
    void refused_operations_and_replays_publish_nothing() {
        // given
        PointsReceipt granted = grant(li, 100);
        drainLoyaltyEvents();

        // when
        assertThatThrownBy(() -> redeem(li, 101)).isInstanceOf(InsufficientPointsException.class);
        loyalty.grant(new GrantPoints(tenant, li, programme.id(), granted.operationKey(), 100, "goodwill", null,
                "agent-1"));

        // then
        assertThat(drainLoyaltyEvents()).isEmpty();
    }
}
