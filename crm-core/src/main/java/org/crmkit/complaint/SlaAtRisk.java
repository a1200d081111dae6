package org.crmkit.complaint;

import java.time.Instant;
import java.util.UUID;
import org.crmkit.shared.TenantId;

/**
 * A running SLA target used its at-risk share of time; reported once per target.
 *
 * @since 0.1
 */
public record SlaAtRisk(UUID eventId, Instant occurredAt, TenantId tenantId, CaseId caseId, String number, SlaMetric metric, Instant dueAt)
        implements CaseEvent {}
