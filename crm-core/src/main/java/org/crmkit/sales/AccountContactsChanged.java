package org.crmkit.sales;

import java.time.Instant;
import java.util.UUID;
import org.crmkit.shared.TenantId;

/**
 * A contact was added to or removed from a business account.
 *
 * @since 0.2
 */
public record AccountContactsChanged(UUID eventId, Instant occurredAt, TenantId tenantId, String accountId, String contactId, boolean added) implements SalesEvent {

    @Override
    public String aggregateId() {
        return accountId;
    }
}
