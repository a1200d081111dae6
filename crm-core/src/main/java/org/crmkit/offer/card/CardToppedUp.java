package org.crmkit.offer.card;

import java.time.Instant;
import java.util.UUID;
import org.crmkit.shared.Money;
import org.crmkit.shared.TenantId;

/**
 * Money was added to a card.
 *
 * @since 0.2
 */
public record CardToppedUp(UUID eventId, Instant occurredAt, TenantId tenantId, String cardId, String operationKey, Money amount, Money balanceAfter)
        implements CardEvent {}
