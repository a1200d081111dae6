package org.crmkit.sales;

import java.time.Instant;
import java.util.UUID;
import org.crmkit.shared.TenantId;

/**
 * An opportunity's owner, value, probability, next action or due date changed.
 *
 * @since 0.2
 */
public record OpportunityPlanned(UUID eventId, Instant occurredAt, TenantId tenantId, String opportunityId, long version) implements SalesEvent {

    @Override
    public String aggregateId() {
        return opportunityId;
    }
}
