package org.crmkit.sales;

import java.time.Instant;
import java.util.UUID;
import org.crmkit.shared.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * An opportunity moved to another stage, or closed as WON or LOST.
 *
 * @since 0.2
 */
public record OpportunityMoved(UUID eventId, Instant occurredAt, TenantId tenantId, String opportunityId, @Nullable String fromStage, String toStage, long version) implements SalesEvent {

    @Override
    public String aggregateId() {
        return opportunityId;
    }
}
