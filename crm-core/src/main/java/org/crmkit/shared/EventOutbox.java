package org.crmkit.shared;

import java.util.function.Consumer;

/**
 * Port: a durable, ordered store of published events that the host application drains, for
 * example to forward them to a message broker.
 *
 * <p>Delivery is at least once: an event is removed only after the handler returned normally for
 * it; if the handler throws, that event and the ones after it stay for the next drain. Several
 * application instances may drain at once; each event is handed to one of them at a time.
 *
 * @since 0.1
 */
public interface EventOutbox extends EventPublisher {

    /**
     * Hands up to {@code maxEvents} of the oldest stored events, in the order they were
     * published, to {@code handler}, removing each after the handler accepted it.
     *
     * @param maxEvents the most events to hand over in this call, at least 1
     * @param handler called once per event
     * @return the number of events the handler accepted
     * @throws IllegalArgumentException if {@code maxEvents < 1}
     * @throws RuntimeException what the handler threw, after the events before it were removed
     */
    int drain(int maxEvents, Consumer<? super DomainEvent> handler);

    /** Returns the number of events waiting to be drained. */
    long pending();
}
