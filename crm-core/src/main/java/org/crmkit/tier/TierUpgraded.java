package org.crmkit.tier;

import java.time.Instant;
import java.util.UUID;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.ProgrammeId;
import org.crmkit.shared.TenantId;

/**
 * A member moved up.
 *
 * @since 0.1
 */
public record TierUpgraded(UUID eventId, Instant occurredAt, TenantId tenantId, CustomerId customerId, ProgrammeId programmeId, String from, String to, long metric, ChangeReason reason)
        implements TierEvent {}
