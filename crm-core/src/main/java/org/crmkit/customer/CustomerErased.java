package org.crmkit.customer;

import java.time.Instant;
import java.util.UUID;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.TenantId;

/**
 * A customer's personal data was erased. Consumers holding copies should erase theirs.
 *
 * @since 0.1
 */
public record CustomerErased(UUID eventId, Instant occurredAt, TenantId tenantId, CustomerId customerId)
        implements CustomerEvent {}
