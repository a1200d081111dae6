package org.crmkit.customer;

import java.time.Instant;
import java.util.UUID;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.TenantId;

/**
 * A customer was registered.
 *
 * @since 0.1
 */
public record CustomerRegistered(
        UUID eventId, Instant occurredAt, TenantId tenantId, CustomerId customerId, SourceChannel sourceChannel, LifecycleStage stage)
        implements CustomerEvent {}
