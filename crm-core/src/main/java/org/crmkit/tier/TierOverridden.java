package org.crmkit.tier;

import java.time.Instant;
import java.util.UUID;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.ProgrammeId;
import org.crmkit.shared.TenantId;

/**
 * A tier was set by hand.
 *
 * @since 0.1
 */
public record TierOverridden(UUID eventId, Instant occurredAt, TenantId tenantId, CustomerId customerId, ProgrammeId programmeId, String from, String to, String reason, String actor, Instant until)
        implements TierEvent {}
