package org.crmkit.value.history;

import java.time.Instant;
import java.util.UUID;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.Money;
import org.crmkit.shared.TenantId;

/**
 * A purchase was recorded (once per order id).
 *
 * @since 0.1
 */
public record PurchaseRecorded(UUID eventId, Instant occurredAt, TenantId tenantId, CustomerId customerId, String orderId, Money paid,
        Instant purchasedAt) implements ValueEvent {}
