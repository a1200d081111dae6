package org.crmkit.complaint;

import java.time.Instant;
import java.util.UUID;
import org.crmkit.shared.TenantId;

/**
 * A resolved case was reopened, by hand or by a low satisfaction score.
 *
 * @since 0.1
 */
public record CaseReopened(UUID eventId, Instant occurredAt, TenantId tenantId, CaseId caseId, String number, int reopenCount, String actor, String reason)
        implements CaseEvent {}
