package org.crmkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crmkit.contract.CouponFixture.cart;
import static org.crmkit.contract.CouponFixture.cny;
import static org.crmkit.contract.CouponFixture.line;

import java.time.Duration;
import java.util.List;
import org.crmkit.offer.Cart;
import org.crmkit.offer.coupon.CommitCoupons;
import org.crmkit.offer.coupon.CouponId;
import org.crmkit.offer.coupon.CouponLock;
import org.crmkit.offer.coupon.CouponLockNotOpenException;
import org.crmkit.offer.coupon.CouponStatus;
import org.crmkit.offer.coupon.CouponsNotApplicableException;
import org.crmkit.offer.coupon.LockCoupons;
import org.crmkit.offer.coupon.LockStatus;
import org.crmkit.offer.coupon.RejectionReason;
import org.crmkit.offer.coupon.ReleaseCoupons;
import org.crmkit.offer.coupon.StackingGroup;
import org.crmkit.shared.ConflictException;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.IdempotencyKeyReusedException;
import org.crmkit.shared.NotFoundException;
import org.crmkit.spi.CrmStorage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Coupons at checkout: locked all or none, then committed or released; a lock past its time releases itself. */
public abstract class CouponCheckoutContract {

    private CouponFixture f;
    private CustomerId li;
    private CouponId store;
    private CouponId platform;

    /** The storage under test; may be shared with other tests. */
    protected abstract CrmStorage storage();

    @BeforeEach
    void giveLiTwoStackableCoupons() {
        f = new CouponFixture(storage());
        li = f.member("Li");
        store = f.give(li, f.amountOff("store-200-30", "200.00", "30.00").withStacking(StackingGroup.named("store")));
        platform = f.give(li, f.percentOff("platform-10", "10", "20.00").withStacking(StackingGroup.named("platform")));
    }

    private static Cart cartOf(String amount) {
        return cart("10.00", line("tea-1", "tea", 1, amount));
    }

    private CouponStatus statusOf(CouponId id) {
        return f.coupons.couponsOf(f.tenant, li).stream().filter(c -> c.couponId().equals(id)).findFirst().orElseThrow().status();
    }

    @Test
    void a_lock_then_a_commit_uses_both_coupons_with_their_discounts() {
        // given
        CouponLock lock = f.lock(li, "order-1", cartOf("300.00"), platform, store);

        // when
        CouponLock committed = f.coupons.commit(new CommitCoupons(f.tenant, "order-1", "pay-1"));

        // then
        assertThat(lock.status()).isEqualTo(LockStatus.OPEN);
        assertThat(lock.applied()).extracting(a -> a.couponId()).containsExactly(store, platform);
        assertThat(lock.linesDiscount()).isEqualTo(cny("50.00"));
        assertThat(committed.status()).isEqualTo(LockStatus.COMMITTED);
        assertThat(statusOf(store)).isEqualTo(CouponStatus.USED);
        assertThat(statusOf(platform)).isEqualTo(CouponStatus.USED);
        assertThat(f.coupons.report(f.tenant)).filteredOn(r -> r.templateId().equals("store-200-30")).singleElement()
                .satisfies(r -> assertThat(r.cost()).isEqualTo(cny("30.00")));
    }

    @Test
    void a_lock_with_one_coupon_that_does_not_apply_locks_none() {
        // given a cart of 150.00: the store coupon needs 200.00

        // when
        Throwable refused = org.assertj.core.api.Assertions.catchThrowable(() -> f.lock(li, "order-2", cartOf("150.00"), platform, store));

        // then
        assertThat(refused).isInstanceOf(CouponsNotApplicableException.class);
        assertThat(((CouponsNotApplicableException) refused).rejected()).singleElement()
                .satisfies(r -> assertThat(r.reason()).isEqualTo(RejectionReason.BELOW_THRESHOLD));
        assertThat(statusOf(platform)).isEqualTo(CouponStatus.AVAILABLE);
        assertThat(f.coupons.lockOf(f.tenant, "order-2")).isEmpty();
    }

    @Test
    void a_coupon_locked_for_one_order_is_refused_to_another() {
        // given
        f.lock(li, "order-3", cartOf("300.00"), store);

        // when / then
        assertThatThrownBy(() -> f.lock(li, "order-4", cartOf("300.00"), store)).isInstanceOf(CouponsNotApplicableException.class)
                .hasMessageContaining("NOT_AVAILABLE").hasMessageContaining("order-3");
        assertThat(f.coupons.evaluate(f.tenant, li, cartOf("300.00"), null, List.of(store)).rejected()).singleElement()
                .satisfies(r -> assertThat(r.reason()).isEqualTo(RejectionReason.NOT_AVAILABLE));
    }

    @Test
    void a_release_gives_the_coupons_back_and_a_second_release_changes_nothing() {
        // given
        f.lock(li, "order-5", cartOf("300.00"), store, platform);

        // when
        CouponLock released = f.coupons.release(new ReleaseCoupons(f.tenant, "order-5", "cancel-5"));
        CouponLock again = f.coupons.release(new ReleaseCoupons(f.tenant, "order-5", "cancel-5"));

        // then
        assertThat(released.status()).isEqualTo(LockStatus.RELEASED);
        assertThat(again).isEqualTo(released);
        assertThat(statusOf(store)).isEqualTo(CouponStatus.AVAILABLE);
        assertThat(f.lock(li, "order-6", cartOf("300.00"), store).linesDiscount()).isEqualTo(cny("30.00"));
    }

    @Test
    void a_committed_lock_cannot_be_released_and_a_released_one_cannot_be_committed() {
        // given
        f.lock(li, "order-7", cartOf("300.00"), store);
        f.coupons.commit(new CommitCoupons(f.tenant, "order-7", "pay-7"));
        f.lock(li, "order-8", cartOf("300.00"), platform);
        f.coupons.release(new ReleaseCoupons(f.tenant, "order-8", "cancel-8"));

        // when / then
        assertThatThrownBy(() -> f.coupons.release(new ReleaseCoupons(f.tenant, "order-7", "cancel-7")))
                .isInstanceOf(CouponLockNotOpenException.class);
        assertThatThrownBy(() -> f.coupons.commit(new CommitCoupons(f.tenant, "order-8", "pay-8")))
                .isInstanceOf(CouponLockNotOpenException.class);
        assertThatThrownBy(() -> f.coupons.commit(new CommitCoupons(f.tenant, "order-unknown", "pay-9")))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void a_lock_past_its_ttl_cannot_be_committed_and_another_order_takes_its_coupon() {
        // given
        f.lock(li, "order-10", cartOf("300.00"), store);
        f.clock.advance(Duration.ofMinutes(15));

        // when
        Throwable late = org.assertj.core.api.Assertions.catchThrowable(() -> f.coupons.commit(new CommitCoupons(f.tenant, "order-10", "pay-10")));
        CouponLock taken = f.lock(li, "order-11", cartOf("300.00"), store);

        // then
        assertThat(late).isInstanceOf(CouponLockNotOpenException.class).hasMessageContaining("timed out");
        assertThat(taken.applied()).singleElement().satisfies(a -> assertThat(a.couponId()).isEqualTo(store));
        assertThat(f.coupons.lockOf(f.tenant, "order-10")).get().satisfies(l -> assertThat(l.status()).isEqualTo(LockStatus.RELEASED));
    }

    @Test
    void a_lock_past_its_ttl_is_released_when_read() {
        // given
        f.lock(li, "order-12", cartOf("300.00"), store);
        f.clock.advance(Duration.ofMinutes(15).plusMillis(1));

        // when
        CouponLock read = f.coupons.lockOf(f.tenant, "order-12").orElseThrow();

        // then
        assertThat(read.status()).isEqualTo(LockStatus.RELEASED);
        assertThat(statusOf(store)).isEqualTo(CouponStatus.AVAILABLE);
    }

    @Test
    void the_settle_job_releases_timed_out_locks_in_whichever_shard_holds_them() {
        // given
        f.lock(li, "order-13", cartOf("300.00"), store);
        f.lock(li, "order-14", cartOf("300.00"), platform);
        f.clock.advance(Duration.ofHours(1));

        // when
        int settled = 0;
        for (int shard = 0; shard < 4; shard++) {
            settled += f.coupons.settleDue(shard, 4);
        }

        // then
        assertThat(settled).isGreaterThanOrEqualTo(2);
        assertThat(statusOf(store)).isEqualTo(CouponStatus.AVAILABLE);
        assertThat(statusOf(platform)).isEqualTo(CouponStatus.AVAILABLE);
        assertThat(storage().coupons().lock(f.tenant, "order-13").orElseThrow().status()).isEqualTo(LockStatus.RELEASED);
        assertThat(storage().coupons().lock(f.tenant, "order-14").orElseThrow().status()).isEqualTo(LockStatus.RELEASED);
    }

    @Test
    void a_replayed_lock_returns_the_first_lock_and_locks_nothing_more() {
        // given
        LockCoupons command = f.lockOf(li, "order-15", cartOf("300.00"), store);
        CouponLock first = f.coupons.lock(command);

        // when
        CouponLock replayed = f.coupons.lock(command);

        // then
        assertThat(replayed).isEqualTo(first);
        assertThat(f.coupons.couponsOf(f.tenant, li)).filteredOn(c -> c.status() == CouponStatus.LOCKED).hasSize(1);
    }

    @Test
    void a_lock_key_reused_for_another_cart_is_refused_and_an_order_cannot_hold_two_locks() {
        // given
        f.coupons.lock(f.lockOf(li, "order-16", cartOf("300.00"), store));
        LockCoupons otherCart = f.lockOf(li, "order-16", cartOf("400.00"), store);
        LockCoupons otherKey = new LockCoupons(f.tenant, li, "another-key", "order-16", cartOf("300.00"), null, List.of(platform),
                Duration.ofMinutes(5));

        // when / then
        assertThatThrownBy(() -> f.coupons.lock(otherCart)).isInstanceOf(IdempotencyKeyReusedException.class);
        assertThatThrownBy(() -> f.coupons.lock(otherKey)).isInstanceOf(ConflictException.class).hasMessageContaining("order-16");
        assertThat(statusOf(platform)).isEqualTo(CouponStatus.AVAILABLE);
    }

    @Test
    void a_released_order_may_lock_again_under_a_new_key() {
        // given
        f.lock(li, "order-17", cartOf("300.00"), store);
        f.coupons.release(new ReleaseCoupons(f.tenant, "order-17", "cancel-17"));

        // when
        CouponLock again = f.coupons.lock(new LockCoupons(f.tenant, li, "lock-17-again", "order-17", cartOf("300.00"), null,
                List.of(store, platform), Duration.ofMinutes(5)));

        // then
        assertThat(again.status()).isEqualTo(LockStatus.OPEN);
        assertThat(again.applied()).hasSize(2);
        assertThat(f.coupons.lockOf(f.tenant, "order-17")).contains(again);
    }

    @Test
    void a_commit_replayed_returns_the_committed_lock_unchanged() {
        // given
        f.lock(li, "order-18", cartOf("300.00"), store);
        CouponLock committed = f.coupons.commit(new CommitCoupons(f.tenant, "order-18", "pay-18"));

        // when
        CouponLock replayed = f.coupons.commit(new CommitCoupons(f.tenant, "order-18", "pay-18"));

        // then
        assertThat(replayed).isEqualTo(committed);
    }

    @Test
    void a_lock_joins_the_callers_unit_of_work_and_rolls_back_with_it() {
        // given
        LockCoupons command = f.lockOf(li, "order-19", cartOf("300.00"), store);

        // when
        Throwable failed = org.assertj.core.api.Assertions.catchThrowable(() -> storage().transactions().run(() -> {
            f.coupons.lock(command);
            throw new IllegalStateException("the points hold failed");
        }));

        // then
        assertThat(failed).hasMessage("the points hold failed");
        assertThat(statusOf(store)).isEqualTo(CouponStatus.AVAILABLE);
        assertThat(f.coupons.lockOf(f.tenant, "order-19")).isEmpty();
    }
}
