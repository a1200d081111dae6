package org.crmkit.sales;

import java.time.Instant;
import java.util.UUID;
import org.crmkit.shared.Money;
import org.crmkit.shared.TenantId;

/**
 * An opportunity was opened in the funnel's first stage.
 *
 * @since 0.2
 */
public record OpportunityOpened(UUID eventId, Instant occurredAt, TenantId tenantId, String opportunityId, String stage, Money expectedValue) implements SalesEvent {

    @Override
    public String aggregateId() {
        return opportunityId;
    }
}
