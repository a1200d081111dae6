package org.crmkit.jdbc;

import org.crmkit.contract.SegmentContract;
import org.crmkit.spi.CrmStorage;

class PostgresSegmentTest extends SegmentContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.postgres();
    }
}
