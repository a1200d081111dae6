package org.crmkit.loyalty;

import java.time.Instant;
import java.util.UUID;
import org.crmkit.shared.TenantId;

/**
 * A manual adjustment or a transfer changed the balance.
 *
 * @since 0.1
 */
public record PointsAdjusted(UUID eventId, Instant occurredAt, TenantId tenantId, AccountRef account, String operationKey, long signedPoints, String reason, String actor)
        implements LoyaltyEvent {}
