package org.crmkit.offer.mall;

import java.time.Instant;
import java.util.UUID;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.TenantId;

/**
 * A digital reward's code was issued. The code itself is not in the event (it is a bearer secret);
 * read it from the order.
 *
 * @since 0.2
 */
public record RewardFulfilled(UUID eventId, Instant occurredAt, TenantId tenantId, String orderId, CustomerId customerId, String itemCode)
        implements MallEvent {

    @Override
    public String aggregateId() {
        return orderId;
    }
}
