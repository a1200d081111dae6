package org.crmkit.sales;

import java.time.Instant;
import java.util.UUID;
import org.crmkit.shared.Money;
import org.crmkit.shared.TenantId;

/**
 * An invoice of a business account was recorded.
 *
 * @since 0.2
 */
public record InvoiceRecorded(UUID eventId, Instant occurredAt, TenantId tenantId, String accountId, String invoiceRef, Money amount, boolean paid) implements SalesEvent {

    @Override
    public String aggregateId() {
        return accountId;
    }
}
