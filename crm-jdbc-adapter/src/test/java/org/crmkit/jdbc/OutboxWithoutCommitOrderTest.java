package org.crmkit.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.crmkit.shared.DomainEvent;
import org.crmkit.shared.TenantId;
import org.crmkit.testing.Outboxes;
import org.crmkit.testing.Tenants;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A storage built with {@code eventsInCommitOrder(false)}: a tenant's units with events commit side
 * by side instead of one after another, each event is still drained once, and the drain follows
 * the order in which the units wrote their events.
 */
class OutboxWithoutCommitOrderTest {

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void a_second_unit_of_the_tenant_commits_while_the_first_is_open_and_the_events_leave_in_the_order_written(Dialect dialect)
            throws Exception {
        try (HikariDataSource pool = TestDatabases.pool(TestDatabases.freshUrl(dialect), 4)) {
            JdbcStorage storage = JdbcStorage.builder(pool).eventsInCommitOrder(false).build();
            assertThat(storage.eventsInCommitOrder()).isFalse();
            TenantId tenant = Tenants.fresh();
            DomainEvent writtenFirst = Outboxes.registration(tenant, "c-1");
            DomainEvent writtenSecond = Outboxes.registration(tenant, "c-2");
            CountDownLatch release = new CountDownLatch(1);
            ExecutorService units = Executors.newFixedThreadPool(2);
            try {
                // given: a unit has written its event and stays open
                Future<?> first = Outboxes.writtenAndHeldOpen(storage, writtenFirst, units, release);

                // when
                Future<?> second = units.submit(() -> storage.transactions().run(() -> storage.outbox().publish(writtenSecond)));

                // then: it commits without waiting for the first
                second.get(30, TimeUnit.SECONDS);
                release.countDown();
                first.get(30, TimeUnit.SECONDS);
                assertThat(Outboxes.drainEventsOf(storage.outbox(), tenant)).containsExactly(writtenFirst, writtenSecond);
                assertThat(headRows(pool)).as("rows of crm_outbox_head").isZero();
            } finally {
                release.countDown();
                units.shutdownNow();
            }
        }
    }

    private static long headRows(HikariDataSource pool) throws Exception {
        try (Connection c = pool.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM crm_outbox_head")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
