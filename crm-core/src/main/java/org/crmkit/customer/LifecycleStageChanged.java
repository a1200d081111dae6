package org.crmkit.customer;

import java.time.Instant;
import java.util.UUID;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.TenantId;

/**
 * A customer moved to another lifecycle stage.
 *
 * @since 0.1
 */
public record LifecycleStageChanged(
        UUID eventId, Instant occurredAt, TenantId tenantId, CustomerId customerId, LifecycleStage from, LifecycleStage to, String reason)
        implements CustomerEvent {}
