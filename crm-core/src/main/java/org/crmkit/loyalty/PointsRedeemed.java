package org.crmkit.loyalty;

import java.time.Instant;
import java.util.UUID;
import org.crmkit.shared.TenantId;

/**
 * Points were spent: a committed hold or a reward.
 *
 * @since 0.1
 */
public record PointsRedeemed(UUID eventId, Instant occurredAt, TenantId tenantId, AccountRef account, String operationKey, long points, String holdId, String reference)
        implements LoyaltyEvent {}
