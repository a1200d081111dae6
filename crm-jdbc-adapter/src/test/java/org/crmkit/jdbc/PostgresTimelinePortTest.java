package org.crmkit.jdbc;

import org.crmkit.contract.TimelinePortContract;
import org.crmkit.spi.CrmStorage;

class PostgresTimelinePortTest extends TimelinePortContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.postgres();
    }
}
