package org.crmkit.complaint;

import java.time.Instant;
import java.util.UUID;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.TenantId;

/**
 * A resolved case was reopened, by hand or by a low satisfaction score.
 * {@code customerId} is the case's customer (since 0.2), so a consumer needs no read of the case
 * to place the event on a timeline.
 *
 * @since 0.1
 */
public record CaseReopened(UUID eventId, Instant occurredAt, TenantId tenantId, CaseId caseId, String number, CustomerId customerId, int reopenCount, String actor, String reason)
        implements CaseEvent {}
