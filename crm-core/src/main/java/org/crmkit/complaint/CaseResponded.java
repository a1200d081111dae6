package org.crmkit.complaint;

import java.time.Instant;
import java.util.UUID;
import org.crmkit.shared.TenantId;

/**
 * An agent answered the customer; {@code first} if it met the first-response target.
 *
 * @since 0.1
 */
public record CaseResponded(UUID eventId, Instant occurredAt, TenantId tenantId, CaseId caseId, String number, String actor, boolean first)
        implements CaseEvent {}
