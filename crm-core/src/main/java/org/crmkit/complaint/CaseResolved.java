package org.crmkit.complaint;

import java.time.Instant;
import java.util.UUID;
import org.crmkit.shared.TenantId;

/**
 * A case was resolved; {@code goodwillPoints} were granted with it (0 for none).
 *
 * @since 0.1
 */
public record CaseResolved(UUID eventId, Instant occurredAt, TenantId tenantId, CaseId caseId, String number, CaseStatus from, ResolutionOutcome outcome, long goodwillPoints, int round, String actor)
        implements CaseEvent {}
