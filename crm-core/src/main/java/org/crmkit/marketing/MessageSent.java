package org.crmkit.marketing;

import java.time.Instant;
import java.util.UUID;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.DomainEvent;
import org.crmkit.shared.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * A message was handed to a channel; with the built-in outbox channel, this event is the message.
 *
 * @param source what sent it, e.g. {@code campaign/spring-sale}
 * @param delivered whether the channel took it
 * @param reason why it failed, or null
 * @since 0.2
 */
public record MessageSent(UUID eventId, Instant occurredAt, TenantId tenantId, CustomerId customerId, String channel, String content,
        String source, String idempotencyKey, boolean delivered, @Nullable String reason) implements DomainEvent {

    @Override
    public String aggregateId() {
        return customerId.value();
    }
}
