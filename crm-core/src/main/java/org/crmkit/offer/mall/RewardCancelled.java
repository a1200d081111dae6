package org.crmkit.offer.mall;

import java.time.Instant;
import java.util.UUID;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.TenantId;

/**
 * A mall order was cancelled before shipping: its points were refunded and its stock restored.
 *
 * @param pointsRefunded the points given back, as a new ledger entry
 * @param units the units returned to stock
 * @since 0.2
 */
public record RewardCancelled(UUID eventId, Instant occurredAt, TenantId tenantId, String orderId, CustomerId customerId, String itemCode,
        long pointsRefunded, int units) implements MallEvent {

    @Override
    public String aggregateId() {
        return orderId;
    }
}
