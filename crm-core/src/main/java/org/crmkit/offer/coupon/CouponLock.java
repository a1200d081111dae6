package org.crmkit.offer.coupon;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.util.List;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.Money;
import org.crmkit.shared.TenantId;

/**
 * The coupons locked for one order at checkout, and what they take off.
 *
 * @param idempotencyKey the key of the {@link LockCoupons} that placed it
 * @param fingerprint a digest of that request; a replay of the key must match it
 * @param applied the locked coupons, in their order of application
 * @param linesDiscount what they take off the lines
 * @param shippingDiscount what they take off shipping
 * @param freeShipping whether shipping is free
 * @param expiresAt when an open lock releases itself
 * @param version the optimistic version, 0 when placed
 * @since 0.2
 */
public record CouponLock(
        TenantId tenantId,
        String orderReference,
        String idempotencyKey,
        String fingerprint,
        CustomerId customerId,
        List<AppliedCoupon> applied,
        Money linesDiscount,
        Money shippingDiscount,
        boolean freeShipping,
        LockStatus status,
        Instant createdAt,
        Instant expiresAt,
        long version) {

    /** Checks and copies the components. */
    public CouponLock {
        checkNotNull(tenantId, "tenantId");
        checkNotNull(orderReference, "orderReference");
        checkNotNull(status, "status");
        applied = List.copyOf(applied);
    }

    /** Whether it is open and its time ran out at {@code now}. */
    public boolean timedOutAt(Instant now) {
        return status == LockStatus.OPEN && !expiresAt.isAfter(now);
    }

    /** The lines' and shipping discounts together. */
    public Money totalDiscount() {
        return linesDiscount.plus(shippingDiscount);
    }

    /** The next version of this lock in {@code newStatus}. */
    public CouponLock moved(LockStatus newStatus) {
        return new CouponLock(tenantId, orderReference, idempotencyKey, fingerprint, customerId, applied, linesDiscount, shippingDiscount,
                freeShipping, newStatus, createdAt, expiresAt, version + 1);
    }
}
