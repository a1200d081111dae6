package org.crmkit.complaint;

import java.time.Instant;
import java.util.UUID;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.DomainEvent;
import org.crmkit.shared.TenantId;

/**
 * A customer answered the opinion survey (NPS 0-10).
 *
 * @since 0.1
 */
public record NpsRecorded(UUID eventId, Instant occurredAt, TenantId tenantId, CustomerId customerId, String surveyKey, int score)
        implements DomainEvent {

    @Override
    public String aggregateId() {
        return customerId.value();
    }
}
