package org.crmkit.loyalty;

import java.time.Instant;
import java.util.UUID;
import org.crmkit.shared.TenantId;

/**
 * Points were reserved at checkout.
 *
 * @since 0.1
 */
public record PointsHeld(UUID eventId, Instant occurredAt, TenantId tenantId, AccountRef account, String operationKey, long points, String holdId, String reference)
        implements LoyaltyEvent {}
