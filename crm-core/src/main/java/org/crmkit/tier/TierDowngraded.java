package org.crmkit.tier;

import java.time.Instant;
import java.util.UUID;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.ProgrammeId;
import org.crmkit.shared.TenantId;

/**
 * A member moved down at an assessment.
 *
 * @since 0.1
 */
public record TierDowngraded(UUID eventId, Instant occurredAt, TenantId tenantId, CustomerId customerId, ProgrammeId programmeId, String from, String to, long metric)
        implements TierEvent {}
