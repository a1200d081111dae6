package org.crmkit.tier;

import java.time.Instant;
import java.util.UUID;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.ProgrammeId;
import org.crmkit.shared.TenantId;

/**
 * An assessment kept a member whose metric is below the tier threshold, because of retention.
 *
 * @since 0.1
 */
public record TierRetained(UUID eventId, Instant occurredAt, TenantId tenantId, CustomerId customerId, ProgrammeId programmeId, String tier, long metric, Instant retainedUntil)
        implements TierEvent {}
