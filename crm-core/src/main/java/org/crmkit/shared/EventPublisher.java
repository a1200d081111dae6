package org.crmkit.shared;

/**
 * Port: receives the events of a unit of work. Services call it inside the transaction that made
 * the change, so a transactional implementation (the JDBC outbox) stores the event atomically
 * with the change. If {@link #publish} throws, the whole unit of work rolls back.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface EventPublisher {

    /** Publishes {@code event} as part of the current unit of work. */
    void publish(DomainEvent event);
}
