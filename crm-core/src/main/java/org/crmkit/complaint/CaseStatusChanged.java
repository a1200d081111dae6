package org.crmkit.complaint;

import java.time.Instant;
import java.util.UUID;
import org.crmkit.shared.TenantId;

/**
 * A case moved to another status (other than acknowledged, resolved or reopened, which have their own events).
 *
 * @since 0.1
 */
public record CaseStatusChanged(UUID eventId, Instant occurredAt, TenantId tenantId, CaseId caseId, String number, CaseStatus from, CaseStatus to, String actor)
        implements CaseEvent {}
