package org.crmkit.offer.coupon;

import java.time.Instant;
import java.util.UUID;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.TenantId;

/**
 * A locked coupon was given back: its order was cancelled or its lock timed out.
 *
 * @since 0.2
 */
public record CouponReleased(UUID eventId, Instant occurredAt, TenantId tenantId, CouponId couponId, String templateId, CustomerId customerId,
        String operationKey, String orderReference) implements CouponEvent {}
