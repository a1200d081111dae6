package org.crmkit.offer.card;

import java.time.Instant;
import java.util.UUID;
import org.crmkit.shared.Money;
import org.crmkit.shared.TenantId;

/**
 * Part or all of a payment went back to its card.
 *
 * @since 0.2
 */
public record CardRefunded(UUID eventId, Instant occurredAt, TenantId tenantId, String cardId, String operationKey, String paymentKey, Money amount, Money balanceAfter)
        implements CardEvent {}
