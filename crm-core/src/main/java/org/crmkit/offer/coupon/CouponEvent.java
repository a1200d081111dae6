package org.crmkit.offer.coupon;

import org.crmkit.shared.CustomerId;
import org.crmkit.shared.DomainEvent;

/**
 * Events of the coupon part of the offer context. They carry ids, codes and amounts, never personal data.
 *
 * @since 0.2
 */
public sealed interface CouponEvent extends DomainEvent
        permits CouponIssued, CouponLocked, CouponUsed, CouponReleased, CouponReturned, CouponVoided, CouponExpired {

    /** The coupon concerned. */
    CouponId couponId();

    /** Its template. */
    String templateId();

    /** Its owner. */
    CustomerId customerId();

    /** The idempotency key of the operation that caused it. */
    String operationKey();

    @Override
    default String aggregateId() {
        return couponId().value();
    }
}
