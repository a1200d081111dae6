package org.crmkit.complaint;

import java.time.Instant;
import java.util.UUID;
import org.crmkit.complaint.spi.EscalationTrigger;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.TenantId;

/**
 * A case was escalated: its level rose or it was reassigned by the escalation rules, or by hand.
 * {@code customerId} is the case's customer (since 0.2), so a consumer needs no read of the case
 * to place the event on a timeline.
 *
 * @since 0.1
 */
public record CaseEscalated(UUID eventId, Instant occurredAt, TenantId tenantId, CaseId caseId, String number, CustomerId customerId, int fromLevel, int toLevel, EscalationTrigger trigger, Assignee assignee, String reason)
        implements CaseEvent {}
