package org.crmkit.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.crmkit.customer.CustomerRegistered;
import org.crmkit.customer.LifecycleStage;
import org.crmkit.customer.SourceChannel;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.DomainEvent;
import org.crmkit.shared.EventOutbox;
import org.crmkit.shared.TenantId;
import org.crmkit.testing.MutableClock;
import org.crmkit.testing.Tenants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The outbox distributed by tenant on Citus, drained by several drainers at once: each event is
 * handed over once, and each tenant's events in the order they were committed. Runs only with
 * {@code -Pcitus}, on a schema of its own on the cluster: the shared test database holds the
 * undrained events of every other suite, thousands after a few runs, which a drain hands over
 * first (oldest tenant first) and which would decide how long this test takes.
 */
@EnabledIfSystemProperty(named = TestDatabases.CITUS_URL, matches = ".+")
class CitusOutboxDrainTest {

    private static final int TENANTS = 5;
    private static final int EVENTS_PER_TENANT = 40;
    private static final int DRAINERS = 4;

    @Test
    void four_drainers_at_once_hand_over_each_event_once_and_each_tenants_events_in_commit_order() throws Exception {
        String schema = "drain_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (HikariDataSource pool = TestDatabases.pool(System.getProperty(TestDatabases.CITUS_URL), 8)) {
            try {
                drainConcurrently(JdbcStorage.builder(pool).schema(schema).build());
            } finally {
                try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
                    s.execute("DROP SCHEMA " + schema + " CASCADE");
                }
            }
        }
    }

    private static void drainConcurrently(JdbcStorage storage) throws Exception {
        // given: each event committed in a unit of its own, tenant after tenant in turn
        EventOutbox outbox = storage.outbox();
        Map<TenantId, List<DomainEvent>> published = new ConcurrentHashMap<>();
        List<TenantId> tenants = new ArrayList<>();
        for (int t = 0; t < TENANTS; t++) {
            TenantId tenant = Tenants.fresh();
            tenants.add(tenant);
            published.put(tenant, new ArrayList<>());
        }
        for (int i = 0; i < EVENTS_PER_TENANT; i++) {
            for (TenantId tenant : tenants) {
                DomainEvent event = event(tenant, "c-" + i);
                storage.transactions().run(() -> outbox.publish(event));
                published.get(tenant).add(event);
            }
        }
        Map<TenantId, List<DomainEvent>> received = new ConcurrentHashMap<>();
        tenants.forEach(t -> received.put(t, java.util.Collections.synchronizedList(new ArrayList<>())));
        AtomicInteger mine = new AtomicInteger();

        // when
        ExecutorService drainers = Executors.newFixedThreadPool(DRAINERS);
        List<Future<?>> runs = new ArrayList<>();
        for (int d = 0; d < DRAINERS; d++) {
            runs.add(drainers.submit(() -> {
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
                while (mine.get() < TENANTS * EVENTS_PER_TENANT && System.nanoTime() < deadline) {
                    outbox.drain(7, event -> {
                        List<DomainEvent> list = received.get(event.tenantId());
                        if (list != null) {
                            list.add(event);
                            mine.incrementAndGet();
                        }
                    });
                }
            }));
        }
        for (Future<?> run : runs) {
            run.get(150, TimeUnit.SECONDS);
        }
        drainers.shutdown();

        // then
        for (TenantId tenant : tenants) {
            assertThat(received.get(tenant)).as("events of %s", tenant).containsExactlyElementsOf(published.get(tenant));
        }
        assertThat(mine.get()).isEqualTo(TENANTS * EVENTS_PER_TENANT);
    }

    private static DomainEvent event(TenantId tenant, String customerId) {
        return new CustomerRegistered(UUID.randomUUID(), MutableClock.SOME_MOMENT, tenant, CustomerId.of(customerId), SourceChannel.CAMPAIGN,
                LifecycleStage.QUALIFIED);
    }
}
