package org.crmkit.loyalty;

import java.time.Instant;
import java.util.UUID;
import org.crmkit.shared.TenantId;

/**
 * Points were credited: a purchase, a bonus or a goodwill grant.
 *
 * @since 0.1
 */
public record PointsEarned(UUID eventId, Instant occurredAt, TenantId tenantId, AccountRef account, String operationKey, long points, boolean pending, String reference)
        implements LoyaltyEvent {}
