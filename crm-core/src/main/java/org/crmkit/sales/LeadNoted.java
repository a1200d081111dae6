package org.crmkit.sales;

import java.time.Instant;
import java.util.UUID;
import org.crmkit.shared.TenantId;

/**
 * A note was added to a lead.
 *
 * @since 0.2
 */
public record LeadNoted(UUID eventId, Instant occurredAt, TenantId tenantId, String leadId, long version) implements SalesEvent {

    @Override
    public String aggregateId() {
        return leadId;
    }
}
