package org.crmkit.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.crmkit.customer.CustomerRegistered;
import org.crmkit.customer.LifecycleStage;
import org.crmkit.customer.SourceChannel;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.DomainEvent;
import org.crmkit.shared.EventOutbox;
import org.crmkit.shared.TenantId;
import org.crmkit.spi.CrmStorage;

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

    /** An event to publish: {@code customerId} of {@code tenantId} registered at {@link MutableClock#SOME_MOMENT}, with an id of its own. */
    public static DomainEvent registration(TenantId tenantId, String customerId) {
        return new CustomerRegistered(UUID.randomUUID(), MutableClock.SOME_MOMENT, tenantId, CustomerId.of(customerId), SourceChannel.CAMPAIGN,
                LifecycleStage.QUALIFIED);
    }

    /**
     * Starts, on one of {@code threads}, a unit of work that publishes {@code event}, makes the
     * storage write it (reading the outbox writes the unit's events) and stays open until {@code
     * release} opens (at most 30 s); returns once the event is written.
     *
     * @return the unit, done once it has committed
     * @throws IllegalStateException if the event is not written within 30 s
     */
    public static Future<?> writtenAndHeldOpen(CrmStorage storage, DomainEvent event, ExecutorService threads, CountDownLatch release)
            throws InterruptedException {
        CountDownLatch written = new CountDownLatch(1);
        Future<?> unit = threads.submit(() -> storage.transactions().run(() -> {
            storage.outbox().publish(event);
            storage.outbox().pending();
            written.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        if (!written.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the held unit did not write its event within 30 s");
        }
        return unit;
    }

    /** Drains every pending event and returns those of {@code tenantId}, in order. */
    public static List<DomainEvent> drainEventsOf(EventOutbox outbox, TenantId tenantId) {
        return drainAll(outbox).stream().filter(e -> e.tenantId().equals(tenantId)).toList();
    }
}
