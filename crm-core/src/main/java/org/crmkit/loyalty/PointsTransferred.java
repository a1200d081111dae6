package org.crmkit.loyalty;

import java.time.Instant;
import java.util.UUID;
import org.crmkit.shared.TenantId;

/**
 * Points moved from one member's account to another's.
 *
 * @param account the giver's account
 * @param recipient the receiver's account
 * @since 0.1
 */
public record PointsTransferred(
        UUID eventId, Instant occurredAt, TenantId tenantId, AccountRef account, String operationKey, AccountRef recipient, long points)
        implements LoyaltyEvent {}
