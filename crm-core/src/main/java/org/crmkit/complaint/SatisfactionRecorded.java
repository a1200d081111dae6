package org.crmkit.complaint;

import java.time.Instant;
import java.util.UUID;
import org.crmkit.shared.TenantId;

/**
 * The customer rated a resolved case (CSAT 1-5).
 *
 * @since 0.1
 */
public record SatisfactionRecorded(UUID eventId, Instant occurredAt, TenantId tenantId, CaseId caseId, String number, int score, int round)
        implements CaseEvent {}
