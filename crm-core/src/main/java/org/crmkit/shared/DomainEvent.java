package org.crmkit.shared;

import java.time.Instant;
import java.util.UUID;

/**
 * Something that happened in a crmkit context. Every state change emits one; the JDBC adapter
 * stores it in an outbox in the same transaction as the change.
 *
 * <p>Each context has a sealed sub-interface (for example {@code CustomerEvent}) whose records
 * carry no personal data in clear text: ids and facts only.
 *
 * @since 0.1
 */
public interface DomainEvent {

    /** A unique id for this event, usable for de-duplication by consumers. */
    UUID eventId();

    /** When it happened, from the injected clock. */
    Instant occurredAt();

    /** The tenant whose data changed. */
    TenantId tenantId();

    /** The id of the aggregate that changed (a customer id, an account id, ...). */
    String aggregateId();

    /** A stable name for the event type, e.g. {@code CustomerRegistered}. */
    default String type() {
        return getClass().getSimpleName();
    }
}
