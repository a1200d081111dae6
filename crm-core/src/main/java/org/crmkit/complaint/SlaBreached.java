package org.crmkit.complaint;

import java.time.Instant;
import java.util.UUID;
import org.crmkit.shared.TenantId;

/**
 * A running SLA target was missed; reported once per target, after its {@link SlaAtRisk}.
 *
 * @since 0.1
 */
public record SlaBreached(UUID eventId, Instant occurredAt, TenantId tenantId, CaseId caseId, String number, SlaMetric metric, Instant dueAt)
        implements CaseEvent {}
