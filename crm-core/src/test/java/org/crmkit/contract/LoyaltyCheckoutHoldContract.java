package org.crmkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.crmkit.loyalty.BalanceView;
import org.crmkit.loyalty.CommitHold;
import org.crmkit.loyalty.EntryType;
import org.crmkit.loyalty.ExpiryPolicies;
import org.crmkit.loyalty.HoldNotOpenException;
import org.crmkit.loyalty.HoldPoints;
import org.crmkit.loyalty.HoldStatus;
import org.crmkit.loyalty.LedgerEntry;
import org.crmkit.loyalty.PointsReceipt;
import org.crmkit.loyalty.ReleaseHold;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * End to end: cash offset at checkout — points are held with a time to live, then committed when
 * the order is paid or released when it is cancelled; a hold nobody commits releases itself, and
 * a hold is committed or released at most once. Li starts with 1,000 points.
 */
public abstract class LoyaltyCheckoutHoldContract extends LoyaltyFixture {

    @BeforeEach
    void liHasAThousandPoints() {
        grant(li, 1000);
    }

    @Test
    void held_points_are_reserved_and_committing_redeems_them() {
        // given
        PointsReceipt held = hold(li, 300);
        BalanceView whileHeld = balanceOf(li);

        // when
        PointsReceipt committed = commit(held.holdId());

        // then
        assertThat(whileHeld.available()).isEqualTo(700);
        assertThat(whileHeld.held()).isEqualTo(300);
        assertThat(committed.points()).isEqualTo(300);
        assertThat(committed.holdId()).isEqualTo(held.holdId());
        BalanceView after = balanceOf(li);
        assertThat(after.available()).isEqualTo(700);
        assertThat(after.held()).isZero();
        assertThat(after.lifetimeRedeemed()).isEqualTo(300);
        assertThat(statementOf(li)).extracting(LedgerEntry::type, LedgerEntry::signedPoints).containsExactly(
                tuple(EntryType.REDEEM, -300L),
                tuple(EntryType.HOLD, 0L),
                tuple(EntryType.EARN, 1000L));
    }

    @Test
    void releasing_a_hold_gives_the_points_back() {
        // given
        PointsReceipt held = hold(li, 300);

        // when
        PointsReceipt released = release(held.holdId());

        // then
        assertThat(released.availableAfter()).isEqualTo(1000);
        assertThat(balanceOf(li).held()).isZero();
        assertThat(balanceOf(li).lifetimeRedeemed()).isZero();
        assertThat(statementOf(li).get(0)).satisfies(e -> {
            assertThat(e.type()).isEqualTo(EntryType.HOLD_RELEASE);
            assertThat(e.reason()).isEqualTo("hold released");
        });
    }

    @Test
    void a_hold_nobody_commits_releases_itself_when_its_time_to_live_ends() {
        // given
        PointsReceipt held = loyalty.hold(new HoldPoints(tenant, li, programme.id(), key("hold"), 300, "order-1", null,
                Duration.ofMinutes(10)));

        // when
        clock.advance(Duration.ofMinutes(10).minusSeconds(1));
        BalanceView justBefore = balanceOf(li);
        clock.advance(Duration.ofSeconds(1));
        BalanceView after = balanceOf(li);

        // then
        assertThat(justBefore.held()).isEqualTo(300);
        assertThat(after.held()).isZero();
        assertThat(after.available()).isEqualTo(1000);
        assertThat(statementOf(li).get(0)).satisfies(e -> {
            assertThat(e.type()).isEqualTo(EntryType.HOLD_RELEASE);
            assertThat(e.reason()).isEqualTo("hold timed out");
        });
        assertThatThrownBy(() -> commit(held.holdId())).isInstanceOfSatisfying(HoldNotOpenException.class, e -> {
            assertThat(e.status()).isEqualTo(HoldStatus.RELEASED);
            assertThat(e.getMessage()).contains("timed out");
        });
        assertThat(balanceOf(li).lifetimeRedeemed()).isZero();
    }

    @Test
    void committing_a_timed_out_hold_is_refused_even_before_anyone_read_the_balance() {
        // given
        PointsReceipt held = hold(li, 300);
        clock.advance(programme.holdTtl());

        // when / then
        assertThatThrownBy(() -> commit(held.holdId())).isInstanceOf(HoldNotOpenException.class);
        assertThat(availableOf(li)).isEqualTo(1000);
        assertThat(balanceOf(li).held()).isZero();
    }

    @Test
    void without_its_own_time_to_live_a_hold_lives_as_long_as_the_programme_says() {
        // given
        PointsReceipt held = hold(li, 300);

        // when
        clock.advance(Duration.ofMinutes(14));
        PointsReceipt committed = commit(held.holdId());

        // then
        assertThat(committed.points()).isEqualTo(300);
    }

    @Test
    void committing_twice_with_another_key_is_refused_and_with_the_same_key_answers_the_same() {
        // given
        PointsReceipt held = hold(li, 300);
        CommitHold commit = new CommitHold(tenant, "pay-order-1", held.holdId());
        PointsReceipt first = loyalty.commit(commit);

        // when
        PointsReceipt again = loyalty.commit(commit);

        // then
        assertThat(again).isEqualTo(first);
        assertThatThrownBy(() -> commit(held.holdId())).isInstanceOfSatisfying(HoldNotOpenException.class,
                e -> assertThat(e.status()).isEqualTo(HoldStatus.COMMITTED));
        assertThat(statementOf(li)).filteredOn(e -> e.type() == EntryType.REDEEM).hasSize(1);
        assertThat(balanceOf(li).lifetimeRedeemed()).isEqualTo(300);
    }

    @Test
    void a_released_hold_cannot_be_committed_and_a_committed_one_cannot_be_released() {
        // given
        PointsReceipt released = hold(li, 100);
        release(released.holdId());
        PointsReceipt committed = hold(li, 200);
        commit(committed.holdId());

        // when / then
        assertThatThrownBy(() -> commit(released.holdId())).isInstanceOfSatisfying(HoldNotOpenException.class,
                e -> assertThat(e.status()).isEqualTo(HoldStatus.RELEASED));
        assertThatThrownBy(() -> release(committed.holdId())).isInstanceOfSatisfying(HoldNotOpenException.class,
                e -> assertThat(e.status()).isEqualTo(HoldStatus.COMMITTED));
        assertThatThrownBy(() -> release(released.holdId())).isInstanceOf(HoldNotOpenException.class);
        assertThat(balanceOf(li).available()).isEqualTo(800);
        assertThat(balanceOf(li).held()).isZero();
    }

    @Test
    void held_points_cannot_be_held_again_and_two_holds_may_share_the_balance() {
        // given
        hold(li, 600);

        // when
        PointsReceipt second = hold(li, 400);

        // then
        assertThat(second.availableAfter()).isZero();
        assertThat(balanceOf(li).held()).isEqualTo(1000);
        assertThatThrownBy(() -> hold(li, 1)).hasMessageContaining("0 points available (1000 held)");
    }

    @Test
    void a_timed_out_hold_gives_its_points_back_to_the_next_operation() {
        // given
        hold(li, 1000);
        clock.advance(programme.holdTtl().plusSeconds(1));

        // when
        PointsReceipt redeemed = redeem(li, 900);

        // then
        assertThat(redeemed.availableAfter()).isEqualTo(100);
        assertThat(statementOf(li)).extracting(LedgerEntry::type)
                .containsExactly(EntryType.REDEEM, EntryType.HOLD_RELEASE, EntryType.HOLD, EntryType.EARN);
    }

    @Test
    void points_given_back_by_a_hold_after_their_lot_expired_expire_at_once() {
        // given: 300 held of 500 points that expire at 02:03:04, while the other 200 expire unheld
        define(aProgramme().expiry(ExpiryPolicies.rollingMonths(1)));
        grant(li, 500);
        clock.set(Instant.parse("2025-07-01T02:00:00Z"));
        PointsReceipt held = hold(li, 300);
        clock.set(Instant.parse("2025-07-01T02:05:00Z"));

        // when
        PointsReceipt released = release(held.holdId());

        // then: the first 1,000 points never expire
        assertThat(released.availableAfter()).isEqualTo(1000);
        assertThat(storedAccountOf(li).available()).isEqualTo(1000);
        assertThat(storedAccountOf(li).expired()).isEqualTo(500);
        assertThat(storedAccountOf(li).isConserved()).isTrue();
        assertThat(statementOf(li)).extracting(LedgerEntry::operationKey).doesNotHaveDuplicates();
    }

    @Test
    void points_given_back_by_a_timed_out_hold_after_their_lot_expired_expire_at_once() {
        // given
        define(aProgramme().expiry(ExpiryPolicies.rollingMonths(1)));
        grant(li, 500);
        clock.set(Instant.parse("2025-07-01T02:00:00Z"));
        hold(li, 1500);

        // when
        clock.set(Instant.parse("2025-07-01T03:00:00Z"));
        BalanceView balance = balanceOf(li);

        // then
        assertThat(balance.available()).isEqualTo(1000);
        assertThat(balance.held()).isZero();
        assertThat(storedAccountOf(li).expired()).isEqualTo(500);
        assertThat(statementOf(li)).extracting(LedgerEntry::operationKey).doesNotHaveDuplicates();
    }

    private PointsReceipt commit(String holdId) {
        return loyalty.commit(new CommitHold(tenant, key("commit"), holdId));
    }

    private PointsReceipt release(String holdId) {
        return loyalty.release(new ReleaseHold(tenant, key("release"), holdId));
    }
}
