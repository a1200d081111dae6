package org.crmkit.customer;

import java.time.Instant;
import java.util.UUID;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.TenantId;

/**
 * A churn reason was recorded for a customer (the note is not carried).
 *
 * @since 0.2
 */
public record ChurnReasonRecorded(UUID eventId, Instant occurredAt, TenantId tenantId, CustomerId customerId, ChurnOccasion occasion,
        String code, ChurnSide side) implements CustomerEvent {}
