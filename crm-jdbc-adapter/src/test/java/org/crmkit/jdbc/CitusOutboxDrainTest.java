package org.crmkit.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The outbox distributed by tenant on Citus, written and drained by several threads at once: each
 * event is handed over once, and each tenant's events in the order they were committed. Runs only
 * with {@code -Pcitus}, on a schema of its own on the cluster.
 */
@EnabledIfSystemProperty(named = TestDatabases.CITUS_URL, matches = ".+")
class CitusOutboxDrainTest {

    @Test
    void drainers_and_publishers_at_once_hand_over_each_event_once_and_each_tenants_events_in_commit_order() throws Exception {
        String schema = "drain_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (HikariDataSource pool = TestDatabases.pool(System.getProperty(TestDatabases.CITUS_URL), ConcurrentOutboxDrains.CONNECTIONS)) {
            try {
                ConcurrentOutboxDrains.eachEventLeavesOnceAndEachPublishersInCommitOrder(JdbcStorage.builder(pool).schema(schema).build());
            } finally {
                try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
                    s.execute("DROP SCHEMA " + schema + " CASCADE");
                }
            }
        }
    }
}
