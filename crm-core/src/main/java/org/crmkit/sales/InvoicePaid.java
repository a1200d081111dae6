package org.crmkit.sales;

import java.time.Instant;
import java.util.UUID;
import org.crmkit.shared.TenantId;

/**
 * An invoice of a business account was paid.
 *
 * @since 0.2
 */
public record InvoicePaid(UUID eventId, Instant occurredAt, TenantId tenantId, String accountId, String invoiceRef) implements SalesEvent {

    @Override
    public String aggregateId() {
        return accountId;
    }
}
