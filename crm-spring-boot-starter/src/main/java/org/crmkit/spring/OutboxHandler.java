package org.crmkit.spring;

import org.crmkit.shared.DomainEvent;

/**
 * Where the starter's outbox drain hands crmkit's events, after the unit of work that published
 * them committed: define one bean of this type and the drain runs (without one it does not, and
 * events stay in the outbox for the application to drain itself). At least once, in publishing
 * order, on one instance at a time: an event is removed from the outbox only after {@link
 * #handle} returned; if it throws, that event and the ones after it are handed over again at the
 * next drain.
 *
 * <p>To receive them as Spring application events ({@code @EventListener} methods):
 *
 * <pre>{@code
 * @Bean
 * OutboxHandler crmkitEvents(ApplicationEventPublisher publisher) {
 *     return publisher::publishEvent;
 * }
 * }</pre>
 *
 * @since 0.2
 */
@FunctionalInterface
public interface OutboxHandler {

    /**
     * Takes one event, for example forwards it to a message broker.
     *
     * @param event the event, in the order of publication
     */
    void handle(DomainEvent event);
}
