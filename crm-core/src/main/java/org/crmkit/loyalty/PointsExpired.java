package org.crmkit.loyalty;

import java.time.Instant;
import java.util.UUID;
import org.crmkit.shared.TenantId;

/**
 * Points expired with their lot.
 *
 * @since 0.1
 */
public record PointsExpired(UUID eventId, Instant occurredAt, TenantId tenantId, AccountRef account, String operationKey, long points, String lotId)
        implements LoyaltyEvent {}
