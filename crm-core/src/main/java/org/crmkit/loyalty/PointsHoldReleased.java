package org.crmkit.loyalty;

import java.time.Instant;
import java.util.UUID;
import org.crmkit.shared.TenantId;

/**
 * An open hold gave its points back (cancelled or timed out).
 *
 * @since 0.1
 */
public record PointsHoldReleased(UUID eventId, Instant occurredAt, TenantId tenantId, AccountRef account, String operationKey, long points, String holdId, boolean timedOut)
        implements LoyaltyEvent {}
