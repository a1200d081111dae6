package org.crmkit.complaint;

import java.time.Instant;
import java.util.UUID;
import org.crmkit.complaint.spi.EscalationTrigger;
import org.crmkit.shared.TenantId;

/**
 * A case was escalated: its level rose or it was reassigned by the escalation rules, or by hand.
 *
 * @since 0.1
 */
public record CaseEscalated(UUID eventId, Instant occurredAt, TenantId tenantId, CaseId caseId, String number, int fromLevel, int toLevel, EscalationTrigger trigger, Assignee assignee, String reason)
        implements CaseEvent {}
