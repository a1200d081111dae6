package org.crmkit.offer.coupon;

import java.time.Instant;
import java.util.UUID;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.TenantId;

/**
 * A coupon's window ended before it was used.
 *
 * @since 0.2
 */
public record CouponExpired(UUID eventId, Instant occurredAt, TenantId tenantId, CouponId couponId, String templateId, CustomerId customerId,
        String operationKey) implements CouponEvent {}
