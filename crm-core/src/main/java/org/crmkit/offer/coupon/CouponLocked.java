package org.crmkit.offer.coupon;

import java.time.Instant;
import java.util.UUID;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.Money;
import org.crmkit.shared.TenantId;

/**
 * A coupon was locked for an order at checkout.
 *
 * @param discount what it takes off the order
 * @since 0.2
 */
public record CouponLocked(UUID eventId, Instant occurredAt, TenantId tenantId, CouponId couponId, String templateId, CustomerId customerId,
        String operationKey, String orderReference, Money discount) implements CouponEvent {}
