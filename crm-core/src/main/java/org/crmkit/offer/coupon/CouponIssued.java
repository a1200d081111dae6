package org.crmkit.offer.coupon;

import java.time.Instant;
import java.util.UUID;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.TenantId;

/**
 * A coupon was issued to a customer.
 *
 * @since 0.2
 */
public record CouponIssued(UUID eventId, Instant occurredAt, TenantId tenantId, CouponId couponId, String templateId, CustomerId customerId,
        String operationKey) implements CouponEvent {}
