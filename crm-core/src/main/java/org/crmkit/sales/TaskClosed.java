package org.crmkit.sales;

import java.time.Instant;
import java.util.UUID;
import org.crmkit.shared.TenantId;

/**
 * A follow-up task was completed or cancelled.
 *
 * @since 0.2
 */
public record TaskClosed(UUID eventId, Instant occurredAt, TenantId tenantId, String taskId, TaskStatus status) implements SalesEvent {

    @Override
    public String aggregateId() {
        return taskId;
    }
}
