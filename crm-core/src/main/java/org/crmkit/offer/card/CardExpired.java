package org.crmkit.offer.card;

import java.time.Instant;
import java.util.UUID;
import org.crmkit.shared.Money;
import org.crmkit.shared.TenantId;

/**
 * A card expired; its remaining balance (possibly zero) was zeroed.
 *
 * @since 0.2
 */
public record CardExpired(UUID eventId, Instant occurredAt, TenantId tenantId, String cardId, String operationKey, Money amount)
        implements CardEvent {}
