package org.crmkit.sales;

import java.time.Instant;
import java.util.UUID;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.TenantId;

/**
 * A lead was converted into a customer (linked, or registered for it).
 *
 * @since 0.2
 */
public record LeadConverted(UUID eventId, Instant occurredAt, TenantId tenantId, String leadId, CustomerId customerId) implements SalesEvent {

    @Override
    public String aggregateId() {
        return leadId;
    }
}
