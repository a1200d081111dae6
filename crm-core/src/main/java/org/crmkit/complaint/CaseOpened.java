package org.crmkit.complaint;

import java.time.Instant;
import java.util.UUID;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.TenantId;

/**
 * A case was opened and assigned; {@code dueAt} is its earliest SLA due instant.
 *
 * @since 0.1
 */
public record CaseOpened(UUID eventId, Instant occurredAt, TenantId tenantId, CaseId caseId, String number, CustomerId customerId, CaseType caseType, String category, CaseChannel channel, Priority priority, Assignee assignee, Instant dueAt)
        implements CaseEvent {}
