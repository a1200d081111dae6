package org.crmkit.sales;

import java.time.Instant;
import java.util.UUID;
import org.crmkit.shared.TenantId;

/**
 * A business account was opened.
 *
 * @since 0.2
 */
public record AccountOpened(UUID eventId, Instant occurredAt, TenantId tenantId, String accountId) implements SalesEvent {

    @Override
    public String aggregateId() {
        return accountId;
    }
}
