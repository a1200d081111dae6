package org.crmkit.value.history;

import java.time.Instant;
import java.util.UUID;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.Money;
import org.crmkit.shared.TenantId;

/**
 * Part or all of a purchase was refunded (once per refund id).
 *
 * @param fullyRefunded true if nothing of the order is left paid
 * @since 0.1
 */
public record PurchaseRefunded(UUID eventId, Instant occurredAt, TenantId tenantId, CustomerId customerId, String orderId,
        String refundId, Money refunded, boolean fullyRefunded) implements ValueEvent {}
