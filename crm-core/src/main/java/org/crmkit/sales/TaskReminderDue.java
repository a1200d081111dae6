package org.crmkit.sales;

import java.time.Instant;
import java.util.UUID;
import org.crmkit.shared.TenantId;

/**
 * A follow-up task's reminder time came: tell its owner. Published once per task.
 *
 * @since 0.2
 */
public record TaskReminderDue(UUID eventId, Instant occurredAt, TenantId tenantId, String taskId, String owner, Instant dueAt) implements SalesEvent {

    @Override
    public String aggregateId() {
        return taskId;
    }
}
