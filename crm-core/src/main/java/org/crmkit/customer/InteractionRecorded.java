package org.crmkit.customer;

import java.time.Instant;
import java.util.UUID;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.TenantId;

/**
 * An interaction was added to a customer's timeline. The summary is not included.
 *
 * @since 0.1
 */
public record InteractionRecorded(
        UUID eventId,
        Instant occurredAt,
        TenantId tenantId,
        CustomerId customerId,
        String interactionId,
        InteractionChannel channel,
        InteractionType interactionType)
        implements CustomerEvent {}
