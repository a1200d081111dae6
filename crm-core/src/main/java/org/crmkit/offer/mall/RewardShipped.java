package org.crmkit.offer.mall;

import java.time.Instant;
import java.util.UUID;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.TenantId;

/**
 * The host shipped a reward.
 *
 * @param trackingReference the courier's reference (replaced by {@code [erased]} on erasure)
 * @since 0.2
 */
public record RewardShipped(UUID eventId, Instant occurredAt, TenantId tenantId, String orderId, CustomerId customerId, String itemCode,
        String trackingReference) implements MallEvent {

    @Override
    public String aggregateId() {
        return orderId;
    }
}
