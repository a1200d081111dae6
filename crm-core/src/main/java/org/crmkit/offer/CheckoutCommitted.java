package org.crmkit.offer;

import java.time.Instant;
import java.util.UUID;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.Money;
import org.crmkit.shared.TenantId;

/**
 * A held checkout was committed: the order was paid and its points are spent.
 *
 * @param points the points the order uses
 * @since 0.2
 */
public record CheckoutCommitted(
        UUID eventId, Instant occurredAt, TenantId tenantId, CustomerId customerId, String orderReference, Money payable, long points)
        implements CheckoutEvent {}
