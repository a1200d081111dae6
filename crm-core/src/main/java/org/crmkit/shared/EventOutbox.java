package org.crmkit.shared;

import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * Port: a durable, ordered store of published events that the host application drains, for
 * example to forward them to a message broker.
 *
 * <p>Delivery is at least once: an event is removed only after the handler returned normally for
 * it; if the handler throws, that event and the ones after it stay for the next drain. Several
 * application instances may drain at once; each event is handed to one of them at a time.
 *
 * <p>Order: each tenant's events are handed over in the order their units of work committed, and
 * the events of one unit in the order it published them, also when several drainers run at once.
 * Events of different tenants have no order between them.
 *
 * @since 0.1
 */
public interface EventOutbox extends EventPublisher {

    /**
     * Hands up to {@code maxEvents} of the oldest stored events, each tenant's in the order they
     * were committed (see the class description), to {@code handler}, removing each after the
     * handler accepted it.
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

    /**
     * When the oldest event waiting to be drained (the first published of them) occurred: how
     * far the drain lags behind. Empty if none is waiting.
     *
     * @since 0.2
     */
    Optional<Instant> oldestPending();

    /**
     * Rewrites the stored, not yet drained events of the tenant whose {@link DomainEvent#aggregateId()}
     * is one of {@code aggregateIds} with {@code redaction}, in the current unit of work. Erasure
     * uses it to remove personal free text from events published before the erasure (events
     * already drained are the host's to erase; {@code CustomerErased} tells it to). An event the
     * redaction returns unchanged (equal) is left as it is.
     *
     * @param redaction returns the event to keep in place of the given one, of the same type
     * @return how many stored events were rewritten
     * @since 0.2
     */
    int redact(TenantId tenantId, Collection<String> aggregateIds, UnaryOperator<DomainEvent> redaction);
}
