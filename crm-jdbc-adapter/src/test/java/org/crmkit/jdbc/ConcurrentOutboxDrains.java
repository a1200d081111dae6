package org.crmkit.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.crmkit.shared.DomainEvent;
import org.crmkit.shared.EventOutbox;
import org.crmkit.shared.TenantId;
import org.crmkit.testing.Outboxes;
import org.crmkit.testing.Tenants;

/**
 * Several publishers per tenant and several drainers, all at once, on a storage of its own (a
 * shared test database holds the undrained events of every other suite, which a drain would hand
 * over first). Each publisher commits its events one unit at a time, so its events commit in the
 * order it published them; each must leave in that order, and every event exactly once.
 */
final class ConcurrentOutboxDrains {

    private static final int TENANTS = 5;
    private static final int PUBLISHERS_PER_TENANT = 2;
    private static final int EVENTS_PER_PUBLISHER = 20;
    private static final int DRAINERS = 4;

    /** Threads at once: what the storage's pool must hold. */
    static final int CONNECTIONS = TENANTS * PUBLISHERS_PER_TENANT + DRAINERS;

    private ConcurrentOutboxDrains() {}

    static void eachEventLeavesOnceAndEachPublishersInCommitOrder(JdbcStorage storage) throws Exception {
        // given
        EventOutbox outbox = storage.outbox();
        List<TenantId> tenants = new ArrayList<>();
        Map<TenantId, List<DomainEvent>> received = new ConcurrentHashMap<>();
        for (int t = 0; t < TENANTS; t++) {
            TenantId tenant = Tenants.fresh();
            tenants.add(tenant);
            received.put(tenant, Collections.synchronizedList(new ArrayList<>()));
        }
        int total = TENANTS * PUBLISHERS_PER_TENANT * EVENTS_PER_PUBLISHER;
        AtomicInteger drained = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(CONNECTIONS);
        try {
            // when: the publishers commit while the drainers drain
            List<Future<List<DomainEvent>>> publishers = new ArrayList<>();
            for (TenantId tenant : tenants) {
                for (int p = 0; p < PUBLISHERS_PER_TENANT; p++) {
                    String publisher = "p" + p;
                    publishers.add(threads.submit(() -> {
                        List<DomainEvent> published = new ArrayList<>();
                        for (int i = 0; i < EVENTS_PER_PUBLISHER; i++) {
                            DomainEvent event = Outboxes.registration(tenant, publisher + "-" + i);
                            storage.transactions().run(() -> outbox.publish(event));
                            published.add(event);
                        }
                        return published;
                    }));
                }
            }
            List<Future<?>> drainers = new ArrayList<>();
            for (int d = 0; d < DRAINERS; d++) {
                drainers.add(threads.submit(() -> {
                    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
                    while (drained.get() < total && System.nanoTime() < deadline) {
                        outbox.drain(7, event -> {
                            List<DomainEvent> mine = received.get(event.tenantId());
                            if (mine != null) {
                                mine.add(event);
                                drained.incrementAndGet();
                            }
                        });
                    }
                }));
            }
            List<List<DomainEvent>> published = new ArrayList<>();
            for (Future<List<DomainEvent>> publisher : publishers) {
                published.add(publisher.get(150, TimeUnit.SECONDS));
            }
            for (Future<?> drainer : drainers) {
                drainer.get(150, TimeUnit.SECONDS);
            }

            // then
            assertThat(drained.get()).as("events handed over").isEqualTo(total);
            for (List<DomainEvent> events : published) {
                List<DomainEvent> ofTenant = received.get(events.get(0).tenantId());
                assertThat(ofTenant).as("every event of %s once", events.get(0).tenantId()).doesNotHaveDuplicates();
                assertThat(ofTenant.stream().filter(events::contains).toList()).as("one publisher's events of %s in the order they committed",
                        events.get(0).tenantId()).containsExactlyElementsOf(events);
            }
        } finally {
            threads.shutdownNow();
        }
    }
}
