package org.crmkit.offer.card;

import java.time.Instant;
import java.util.UUID;
import org.crmkit.shared.Money;
import org.crmkit.shared.TenantId;

/**
 * An order was paid from a card.
 *
 * @since 0.2
 */
public record CardPaid(UUID eventId, Instant occurredAt, TenantId tenantId, String cardId, String operationKey, String orderReference, Money amount, Money balanceAfter)
        implements CardEvent {}
