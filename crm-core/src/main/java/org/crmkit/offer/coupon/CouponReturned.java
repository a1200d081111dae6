package org.crmkit.offer.coupon;

import java.time.Instant;
import java.util.UUID;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.TenantId;

/**
 * A used coupon went back to its owner on the refund of its order.
 *
 * @since 0.2
 */
public record CouponReturned(UUID eventId, Instant occurredAt, TenantId tenantId, CouponId couponId, String templateId, CustomerId customerId,
        String operationKey, String orderReference) implements CouponEvent {}
