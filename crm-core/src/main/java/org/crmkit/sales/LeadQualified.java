package org.crmkit.sales;

import java.time.Instant;
import java.util.UUID;
import org.crmkit.shared.TenantId;

/**
 * A lead was qualified into an opportunity.
 *
 * @since 0.2
 */
public record LeadQualified(UUID eventId, Instant occurredAt, TenantId tenantId, String leadId, String opportunityId) implements SalesEvent {

    @Override
    public String aggregateId() {
        return leadId;
    }
}
