package org.crmkit.marketing.review;

import java.time.Instant;
import java.util.UUID;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.TenantId;

/**
 * A moderator published or rejected a review.
 *
 * @param pointsAwarded the review bonus credited with this publication, or 0
 * @since 0.2
 */
public record ReviewModerated(UUID eventId, Instant occurredAt, TenantId tenantId, String reviewId, CustomerId customerId, String sku,
        ReviewStatus status, long pointsAwarded) implements ReviewEvent {

    @Override
    public String aggregateId() {
        return reviewId;
    }
}
