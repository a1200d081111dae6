package org.crmkit.offer.coupon;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.Money;
import org.crmkit.shared.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * One coupon issued to one customer.
 *
 * @param couponId its id
 * @param templateId the template it was issued from
 * @param customerId its owner
 * @param issueKey the idempotency key that issued it (unique per tenant)
 * @param issuedAt when it was issued
 * @param validFrom the first instant it may be used
 * @param validUntil the instant from which it may no longer be used
 * @param status where it stands
 * @param orderReference the order it is locked for or was used by, or null
 * @param lockedUntil while {@link CouponStatus#LOCKED}, when the lock times out; else null
 * @param discount while locked or used, what it takes off that order; else null
 * @param version the optimistic version, 0 when issued
 * @since 0.2
 */
public record Coupon(
        TenantId tenantId,
        CouponId couponId,
        String templateId,
        CustomerId customerId,
        String issueKey,
        Instant issuedAt,
        Instant validFrom,
        Instant validUntil,
        CouponStatus status,
        @Nullable String orderReference,
        @Nullable Instant lockedUntil,
        @Nullable Money discount,
        long version) {

    /** Checks the required components. */
    public Coupon {
        checkNotNull(tenantId, "tenantId");
        checkNotNull(couponId, "couponId");
        checkNotNull(templateId, "templateId");
        checkNotNull(customerId, "customerId");
        checkNotNull(issueKey, "issueKey");
        checkNotNull(issuedAt, "issuedAt");
        checkNotNull(validFrom, "validFrom");
        checkNotNull(validUntil, "validUntil");
        checkNotNull(status, "status");
    }

    /** Whether it is locked for an order at {@code now} (a lock past its time counts as released). */
    public boolean lockedAt(Instant now) {
        return status == CouponStatus.LOCKED && lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** Whether its status lets it be used at {@code now}: available, or locked by a lock that timed out. */
    public boolean unusedAt(Instant now) {
        return status == CouponStatus.AVAILABLE || (status == CouponStatus.LOCKED && !lockedAt(now));
    }

    /** Whether {@code now} is inside its window. */
    public boolean inWindowAt(Instant now) {
        return !now.isBefore(validFrom) && now.isBefore(validUntil);
    }

    /** The next version of this coupon with another status, order, lock time and discount. */
    public Coupon moved(CouponStatus newStatus, @Nullable String order, @Nullable Instant until, @Nullable Money newDiscount) {
        return new Coupon(tenantId, couponId, templateId, customerId, issueKey, issuedAt, validFrom, validUntil, newStatus, order, until,
                newDiscount, version + 1);
    }
}
