package org.crmkit.complaint;

import java.time.Instant;
import java.util.UUID;
import org.crmkit.shared.TenantId;

/**
 * A case was handed to another team or agent by hand.
 *
 * @since 0.1
 */
public record CaseAssigned(UUID eventId, Instant occurredAt, TenantId tenantId, CaseId caseId, String number, Assignee from, Assignee to, String actor)
        implements CaseEvent {}
