package org.crmkit.offer.coupon;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crmkit.offer.Cart;
import org.crmkit.shared.ConflictException;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.Fingerprint;
import org.crmkit.shared.IdempotencyKeyReusedException;
import org.crmkit.shared.NotFoundException;
import org.crmkit.shared.StaleVersionException;
import org.crmkit.shared.TenantId;
import org.crmkit.shared.UnitOfWork;
import org.crmkit.shared.ValidationException;
import org.crmkit.shared.Violation;
import org.jspecify.annotations.Nullable;

/** Evaluating coupons against a cart, and locking, committing and releasing them at checkout. */
final class CheckingOut {

    private static final Duration MAX_TTL = Duration.ofDays(7);

    private final CouponWork work;

    CheckingOut(CouponWork work) {
        this.work = work;
    }

    CouponEvaluation evaluate(EvaluateCoupons command) {
        work.validator.check(command);
        List<Violation> violations = new ArrayList<>();
        CouponWork.checkCart(command.cart(), violations);
        ValidationException.throwIfAny(command, violations);
        return work.transactions.inTransaction(() -> evaluateNow(command.tenantId(), command.customerId(), command.cart(), command.tierCode(),
                command.coupons(), couponsOf(command.tenantId(), command.coupons()), work.now()));
    }

    /** The tenant's coupons of {@code ids} that exist, by id. */
    private Map<CouponId, Coupon> couponsOf(TenantId tenantId, List<CouponId> ids) {
        Map<CouponId, Coupon> coupons = new HashMap<>();
        for (CouponId id : ids) {
            work.coupons.coupon(tenantId, id).ifPresent(c -> coupons.put(id, c));
        }
        return coupons;
    }

    private CouponEvaluation evaluateNow(TenantId tenantId, CustomerId customerId, Cart cart, @Nullable String tierCode,
            List<CouponId> ids, Map<CouponId, Coupon> coupons, Instant now) {
        Map<String, CouponTemplate> templates = new HashMap<>();
        for (Coupon c : coupons.values()) {
            templates.computeIfAbsent(c.templateId(), t -> work.coupons.template(tenantId, t).orElse(null));
        }
        return CouponCalculator.evaluate(cart, tierCode, customerId, ids, coupons, templates, now, work.zone, work.rules);
    }

    CouponLock lock(LockCoupons command) {
        work.validator.check(command);
        List<Violation> violations = new ArrayList<>();
        CouponWork.checkCart(command.cart(), violations);
        if (command.ttl().compareTo(Duration.ofSeconds(1)) < 0 || command.ttl().compareTo(MAX_TTL) > 0) {
            violations.add(Violation.of("ttl", command.ttl(), "must be from 1 second to 7 days"));
        }
        ValidationException.throwIfAny(command, violations);
        String fingerprint = Fingerprint.of(command);
        return UnitOfWork.retrying(work.transactions, () -> {
            TenantId tenantId = command.tenantId();
            List<CouponLock> found = work.coupons.locksByKeyOrOrder(tenantId, command.idempotencyKey(), command.orderReference());
            Optional<CouponLock> replay = found.stream().filter(l -> l.idempotencyKey().equals(command.idempotencyKey())).findFirst();
            if (replay.isPresent()) {
                if (!replay.get().fingerprint().equals(fingerprint)) {
                    throw new IdempotencyKeyReusedException(command.idempotencyKey(), "LockCoupons");
                }
                return replay.get();
            }
            Instant now = work.now();
            Optional<CouponLock> existing = found.stream().filter(l -> l.orderReference().equals(command.orderReference())).findFirst();
            if (existing.isPresent()) {
                CouponLock old = existing.get();
                if (old.timedOutAt(now)) {
                    old = release(old, "timeout", now);
                } else if (old.status() != LockStatus.RELEASED) {
                    throw new ConflictException("order '" + command.orderReference() + "' already has coupons " + old.status().name()
                            .toLowerCase(java.util.Locale.ROOT) + " under key '" + old.idempotencyKey() + "'; release that lock before"
                            + " locking again");
                }
                existing = Optional.of(old);
            }
            work.requireCustomer(tenantId, command.customerId());
            Map<CouponId, Coupon> read = couponsOf(tenantId, command.coupons());
            CouponEvaluation evaluation = evaluateNow(tenantId, command.customerId(), command.cart(), command.tierCode(), command.coupons(),
                    read, now);
            if (!evaluation.rejected().isEmpty()) {
                throw new CouponsNotApplicableException(command.orderReference(), evaluation.rejected());
            }
            Instant expiresAt = now.plus(command.ttl());
            // rows are updated in coupon id order, so two units locking overlapping coupons never deadlock
            List<AppliedCoupon> byId = new ArrayList<>(evaluation.applied());
            byId.sort(java.util.Comparator.comparing(a -> a.couponId().value()));
            for (AppliedCoupon applied : byId) {
                // as read for the evaluation: a unit that took it since fails this one's version guard, which starts over
                Coupon coupon = read.get(applied.couponId());
                if (!coupon.unusedAt(now)) {
                    throw new StaleVersionException("coupon", coupon.couponId().value(), coupon.version() - 1);
                }
                if (coupon.status() == CouponStatus.LOCKED) {
                    releaseTimedOutLockOf(coupon, now);
                    coupon = work.coupons.coupon(tenantId, applied.couponId()).orElseThrow();
                }
                work.coupons.update(coupon.moved(CouponStatus.LOCKED, command.orderReference(), expiresAt, applied.discount()));
                work.publish(new CouponLocked(work.newId(), now, tenantId, coupon.couponId(), coupon.templateId(), coupon.customerId(),
                        command.idempotencyKey(), command.orderReference(), applied.discount()));
            }
            long version = existing.map(l -> l.version() + 1).orElse(0L);
            CouponLock lock = new CouponLock(tenantId, command.orderReference(), command.idempotencyKey(), fingerprint, command.customerId(),
                    evaluation.applied(), evaluation.linesDiscount(), evaluation.shippingDiscount(), evaluation.freeShipping(), LockStatus.OPEN,
                    now, expiresAt, version);
            if (existing.isPresent()) {
                work.coupons.updateLock(lock);
            } else {
                work.coupons.insertLock(lock);
            }
            return lock;
        });
    }

    /**
     * A coupon still marked locked by a lock that timed out ({@code coupon.lockedUntil} passed):
     * that whole lock is released first.
     */
    private void releaseTimedOutLockOf(Coupon coupon, Instant now) {
        Optional<CouponLock> lock = work.coupons.lock(coupon.tenantId(), coupon.orderReference());
        if (lock.isPresent() && lock.get().timedOutAt(now)) {
            release(lock.get(), "timeout", now);
        } else {
            // the lock is gone or was replaced: only the coupon's own mark is left to clear
            work.coupons.update(coupon.moved(CouponStatus.AVAILABLE, null, null, null));
        }
    }

    private CouponLock release(CouponLock lock, String key, Instant now) {
        for (AppliedCoupon applied : lock.applied()) {
            Optional<Coupon> found = work.coupons.coupon(lock.tenantId(), applied.couponId());
            if (found.isPresent() && found.get().status() == CouponStatus.LOCKED && lock.orderReference().equals(found.get().orderReference())) {
                Coupon c = found.get();
                work.coupons.update(c.moved(CouponStatus.AVAILABLE, null, null, null));
                work.publish(new CouponReleased(work.newId(), now, c.tenantId(), c.couponId(), c.templateId(), c.customerId(), key,
                        lock.orderReference()));
            }
        }
        CouponLock released = lock.moved(LockStatus.RELEASED);
        work.coupons.updateLock(released);
        return released;
    }

    CouponLock commit(CommitCoupons command) {
        work.validator.check(command);
        return UnitOfWork.retrying(work.transactions, () -> {
            CouponLock lock = existingLock(command.tenantId(), command.orderReference());
            if (lock.status() == LockStatus.COMMITTED) {
                return lock;
            }
            Instant now = work.now();
            if (lock.status() != LockStatus.OPEN || lock.timedOutAt(now)) {
                throw new CouponLockNotOpenException("cannot commit the coupons of order '" + command.orderReference() + "': its lock "
                        + (lock.status() == LockStatus.OPEN ? "timed out at " + lock.expiresAt() : "is " + lock.status())
                        + "; lock the coupons again");
            }
            for (AppliedCoupon applied : lock.applied()) {
                Coupon c = work.coupons.coupon(lock.tenantId(), applied.couponId()).orElseThrow();
                work.coupons.update(c.moved(CouponStatus.USED, lock.orderReference(), null, applied.discount()));
                work.publish(new CouponUsed(work.newId(), now, c.tenantId(), c.couponId(), c.templateId(), c.customerId(),
                        command.idempotencyKey(), lock.orderReference(), applied.discount()));
            }
            CouponLock committed = lock.moved(LockStatus.COMMITTED);
            work.coupons.updateLock(committed);
            return committed;
        });
    }

    CouponLock release(ReleaseCoupons command) {
        work.validator.check(command);
        return UnitOfWork.retrying(work.transactions, () -> {
            CouponLock lock = existingLock(command.tenantId(), command.orderReference());
            if (lock.status() == LockStatus.RELEASED) {
                return lock;
            }
            if (lock.status() != LockStatus.OPEN) {
                throw new CouponLockNotOpenException("cannot release the coupons of order '" + command.orderReference() + "': they are "
                        + lock.status() + "; a paid order gives its coupons back through returnForRefund");
            }
            return release(lock, command.idempotencyKey(), work.now());
        });
    }

    /** The order's lock, released first if it timed out (a lock past its time releases itself when read). */
    Optional<CouponLock> lockOf(TenantId tenantId, String orderReference) {
        return UnitOfWork.retrying(work.transactions, () -> {
            Optional<CouponLock> lock = work.coupons.lock(tenantId, orderReference);
            Instant now = work.now();
            if (lock.isPresent() && lock.get().timedOutAt(now)) {
                return Optional.of(release(lock.get(), "timeout", now));
            }
            return lock;
        });
    }

    CouponRefund returnForRefund(TenantId tenantId, String orderReference, String idempotencyKey) {
        CouponWork.checkRefund("ReturnCoupons", tenantId, orderReference, idempotencyKey);
        return UnitOfWork.retrying(work.transactions, () -> {
            Optional<CouponLock> found = work.coupons.lock(tenantId, orderReference);
            if (found.isEmpty() || found.get().status() == LockStatus.RELEASED) {
                return new CouponRefund(orderReference, List.of(), List.of());
            }
            CouponLock lock = found.get();
            Instant now = work.now();
            List<CouponId> returned = new ArrayList<>();
            List<CouponId> voided = new ArrayList<>();
            if (lock.status() == LockStatus.OPEN) {
                release(lock, idempotencyKey, now);
                lock.applied().forEach(a -> returned.add(a.couponId()));
                return new CouponRefund(orderReference, returned, voided);
            }
            for (AppliedCoupon applied : lock.applied()) {
                Coupon c = work.coupons.coupon(tenantId, applied.couponId()).orElseThrow();
                if (lock.status() == LockStatus.REFUNDED) {
                    (c.status() == CouponStatus.VOIDED ? voided : returned).add(c.couponId());
                    continue;
                }
                RefundPolicy policy = work.coupons.template(tenantId, c.templateId()).map(CouponTemplate::refundPolicy).orElse(RefundPolicy.VOID);
                if (policy == RefundPolicy.RETURN) {
                    work.coupons.update(c.moved(CouponStatus.AVAILABLE, null, null, null));
                    work.publish(new CouponReturned(work.newId(), now, tenantId, c.couponId(), c.templateId(), c.customerId(), idempotencyKey,
                            orderReference));
                    returned.add(c.couponId());
                } else {
                    work.coupons.update(c.moved(CouponStatus.VOIDED, orderReference, null, c.discount()));
                    work.publish(new CouponVoided(work.newId(), now, tenantId, c.couponId(), c.templateId(), c.customerId(), idempotencyKey,
                            orderReference));
                    voided.add(c.couponId());
                }
            }
            if (lock.status() == LockStatus.COMMITTED) {
                work.coupons.updateLock(lock.moved(LockStatus.REFUNDED));
            }
            return new CouponRefund(orderReference, returned, voided);
        });
    }

    /** How many locks of the tenant (of every tenant if null), shard {@code shard} of {@code shards}, were released and coupons expired. */
    int settleDue(@Nullable TenantId tenantId, int shard, int shards) {
        org.crmkit.shared.Shards.check(shard, shards);
        int settled = 0;
        Instant now = work.now();
        while (true) {
            List<CouponLock> due = work.transactions.inTransaction(() -> work.coupons.timedOutLocks(tenantId, now, shard, shards, IssuingCoupons.PAGE));
            for (CouponLock lock : due) {
                settled += UnitOfWork.retrying(work.transactions, () -> {
                    Optional<CouponLock> current = work.coupons.lock(lock.tenantId(), lock.orderReference());
                    if (current.isPresent() && current.get().timedOutAt(now)) {
                        release(current.get(), "timeout", now);
                        return 1;
                    }
                    return 0;
                });
            }
            List<Coupon> ended = work.transactions.inTransaction(() -> work.coupons.endedCoupons(tenantId, now, shard, shards, IssuingCoupons.PAGE));
            for (Coupon coupon : ended) {
                settled += UnitOfWork.retrying(work.transactions, () -> expire(coupon, now));
            }
            if (due.size() < IssuingCoupons.PAGE && ended.size() < IssuingCoupons.PAGE) {
                return settled;
            }
        }
    }

    private int expire(Coupon seen, Instant now) {
        Coupon c = work.coupons.coupon(seen.tenantId(), seen.couponId()).orElseThrow();
        if (!c.unusedAt(now) || c.inWindowAt(now) || now.isBefore(c.validFrom())) {
            return 0;
        }
        if (c.status() == CouponStatus.LOCKED) {
            releaseTimedOutLockOf(c, now);
            c = work.coupons.coupon(seen.tenantId(), seen.couponId()).orElseThrow();
        }
        work.coupons.update(c.moved(CouponStatus.EXPIRED, null, null, null));
        work.publish(new CouponExpired(work.newId(), now, c.tenantId(), c.couponId(), c.templateId(), c.customerId(), "expiry"));
        return 1;
    }

    private CouponLock existingLock(TenantId tenantId, String orderReference) {
        return work.coupons.lock(tenantId, orderReference).orElseThrow(() -> new NotFoundException("coupon lock of order", tenantId,
                orderReference));
    }
}
