package org.crmkit.sales;

import java.time.Instant;
import java.util.UUID;
import org.crmkit.shared.TenantId;

/**
 * A lead was captured.
 *
 * @since 0.2
 */
public record LeadCaptured(UUID eventId, Instant occurredAt, TenantId tenantId, String leadId, String source, String owner) implements SalesEvent {

    @Override
    public String aggregateId() {
        return leadId;
    }
}
