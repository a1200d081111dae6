package org.crmkit.complaint;

import java.time.Instant;
import java.util.UUID;
import org.crmkit.shared.TenantId;

/**
 * A case was acknowledged (受理).
 *
 * @since 0.1
 */
public record CaseAcknowledged(UUID eventId, Instant occurredAt, TenantId tenantId, CaseId caseId, String number, String actor)
        implements CaseEvent {}
