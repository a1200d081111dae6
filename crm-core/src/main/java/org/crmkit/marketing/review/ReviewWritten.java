package org.crmkit.marketing.review;

import java.time.Instant;
import java.util.UUID;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.TenantId;

/**
 * A customer wrote a review; it waits for moderation.
 *
 * @since 0.2
 */
public record ReviewWritten(UUID eventId, Instant occurredAt, TenantId tenantId, String reviewId, CustomerId customerId, String orderId,
        String sku, int stars) implements ReviewEvent {

    @Override
    public String aggregateId() {
        return reviewId;
    }
}
