package org.crmkit.sales;

import java.time.Instant;
import java.util.UUID;
import org.crmkit.shared.TenantId;

/**
 * A follow-up task was scheduled.
 *
 * @since 0.2
 */
public record TaskScheduled(UUID eventId, Instant occurredAt, TenantId tenantId, String taskId, Instant dueAt, Instant remindAt) implements SalesEvent {

    @Override
    public String aggregateId() {
        return taskId;
    }
}
