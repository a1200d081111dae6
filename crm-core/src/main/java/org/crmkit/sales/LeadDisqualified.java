package org.crmkit.sales;

import java.time.Instant;
import java.util.UUID;
import org.crmkit.shared.TenantId;

/**
 * A lead was disqualified.
 *
 * @since 0.2
 */
public record LeadDisqualified(UUID eventId, Instant occurredAt, TenantId tenantId, String leadId) implements SalesEvent {

    @Override
    public String aggregateId() {
        return leadId;
    }
}
