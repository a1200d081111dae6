package org.crmkit.offer.card;

import java.time.Instant;
import java.util.UUID;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.Money;
import org.crmkit.shared.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * A card was issued.
 *
 * @since 0.2
 */
public record CardIssued(UUID eventId, Instant occurredAt, TenantId tenantId, String cardId, String operationKey,
        @Nullable CustomerId customerId, Money initialBalance)
        implements CardEvent {}
