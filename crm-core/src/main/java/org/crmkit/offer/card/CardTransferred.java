package org.crmkit.offer.card;

import java.time.Instant;
import java.util.UUID;
import org.crmkit.shared.Money;
import org.crmkit.shared.TenantId;

/**
 * Money moved from one card to another of the tenant.
 *
 * @since 0.2
 */
public record CardTransferred(UUID eventId, Instant occurredAt, TenantId tenantId, String cardId, String operationKey, String toCardId, Money amount)
        implements CardEvent {}
