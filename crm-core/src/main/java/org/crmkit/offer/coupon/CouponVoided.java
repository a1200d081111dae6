package org.crmkit.offer.coupon;

import java.time.Instant;
import java.util.UUID;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.TenantId;

/**
 * A coupon was voided: a used one on the refund of its order (its template's policy {@link
 * RefundPolicy#VOID}), or an unused one a {@link PurchaseReward} gave for an order that was then
 * refunded in full or cancelled; {@code orderReference} names that order.
 *
 * @since 0.2
 */
public record CouponVoided(UUID eventId, Instant occurredAt, TenantId tenantId, CouponId couponId, String templateId, CustomerId customerId,
        String operationKey, String orderReference) implements CouponEvent {}
