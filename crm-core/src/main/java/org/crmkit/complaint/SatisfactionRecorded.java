package org.crmkit.complaint;

import java.time.Instant;
import java.util.UUID;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.TenantId;

/**
 * The customer rated a resolved case (CSAT 1-5).
 * {@code customerId} is the case's customer (since 0.2), so a consumer needs no read of the case
 * to place the event on a timeline.
 *
 * @since 0.1
 */
public record SatisfactionRecorded(UUID eventId, Instant occurredAt, TenantId tenantId, CaseId caseId, String number, CustomerId customerId, int score, int round)
        implements CaseEvent {}
