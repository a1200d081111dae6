package org.crmkit.sales;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.crmkit.shared.TenantId;

/**
 * A tenant defined its sales funnel; the aggregate is the tenant.
 *
 * @since 0.2
 */
public record FunnelDefined(UUID eventId, Instant occurredAt, TenantId tenantId, List<String> stages) implements SalesEvent {

    @Override
    public String aggregateId() {
        return tenantId.value();
    }
}
