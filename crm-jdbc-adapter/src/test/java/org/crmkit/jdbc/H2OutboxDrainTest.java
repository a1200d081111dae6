package org.crmkit.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;

/**
 * The outbox written and drained by several threads at once, on a database of its own: each event
 * is handed over once, and each tenant's events in the order they were committed.
 */
class H2OutboxDrainTest {

    @Test
    void drainers_and_publishers_at_once_hand_over_each_event_once_and_each_tenants_events_in_commit_order() throws Exception {
        try (HikariDataSource pool = TestDatabases.pool(TestDatabases.freshH2Url(), ConcurrentOutboxDrains.CONNECTIONS)) {
            ConcurrentOutboxDrains.eachEventLeavesOnceAndEachPublishersInCommitOrder(JdbcStorage.create(pool));
        }
    }
}
