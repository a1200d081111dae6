package org.crmkit.loyalty;

import java.time.Instant;
import java.util.UUID;
import org.crmkit.shared.TenantId;

/**
 * Points were clawed back for a refund.
 *
 * @since 0.1
 */
public record PointsReversed(UUID eventId, Instant occurredAt, TenantId tenantId, AccountRef account, String operationKey, long points, long shortfall, long debtAdded, String orderId)
        implements LoyaltyEvent {}
