package org.crmkit.offer.coupon;

import java.time.Instant;
import java.util.UUID;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.Money;
import org.crmkit.shared.TenantId;

/**
 * A locked coupon was used: its order was paid.
 *
 * @param discount what it took off the order
 * @since 0.2
 */
public record CouponUsed(UUID eventId, Instant occurredAt, TenantId tenantId, CouponId couponId, String templateId, CustomerId customerId,
        String operationKey, String orderReference, Money discount) implements CouponEvent {}
