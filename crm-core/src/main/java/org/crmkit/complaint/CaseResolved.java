package org.crmkit.complaint;

import java.time.Instant;
import java.util.UUID;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.TenantId;

/**
 * A case was resolved; {@code goodwillPoints} were granted with it (0 for none).
 * {@code customerId} is the case's customer (since 0.2), so a consumer needs no read of the case
 * to place the event on a timeline.
 *
 * @since 0.1
 */
public record CaseResolved(UUID eventId, Instant occurredAt, TenantId tenantId, CaseId caseId, String number, CustomerId customerId, CaseStatus from, ResolutionOutcome outcome, long goodwillPoints, int round, String actor)
        implements CaseEvent {}
