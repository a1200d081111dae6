package org.crmkit.testing;

import java.util.ArrayList;
import java.util.List;
import org.crmkit.shared.DomainEvent;
import org.crmkit.shared.EventOutbox;
import org.crmkit.shared.TenantId;

/**
 * Reads a shared outbox from tests. Other tests publish into the same outbox, so readers drain
 * everything and keep only their own tenant's events.
 */
public final class Outboxes {

    private static final int BATCH = 500;

    private Outboxes() {}

    /** Drains every pending event, oldest first. */
    public static List<DomainEvent> drainAll(EventOutbox outbox) {
        List<DomainEvent> drained = new ArrayList<>();
        while (outbox.drain(BATCH, drained::add) > 0) {
            // keep draining until the outbox is empty
        }
        return drained;
    }

    /** Drains every pending event and returns those of {@code tenantId}, in order. */
    public static List<DomainEvent> drainEventsOf(EventOutbox outbox, TenantId tenantId) {
        return drainAll(outbox).stream().filter(e -> e.tenantId().equals(tenantId)).toList();
    }
}
