package org.crmkit.offer;

import java.time.Instant;
import java.util.UUID;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.Money;
import org.crmkit.shared.TenantId;

/**
 * A checkout's quote was reserved for an order: its points are held.
 *
 * @param points the points the order uses
 * @since 0.2
 */
public record CheckoutHeld(
        UUID eventId, Instant occurredAt, TenantId tenantId, CustomerId customerId, String orderReference, Money payable, long points)
        implements CheckoutEvent {}
