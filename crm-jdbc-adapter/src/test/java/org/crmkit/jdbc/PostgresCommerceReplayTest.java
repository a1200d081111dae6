package org.crmkit.jdbc;

import org.crmkit.contract.CommerceReplayContract;
import org.crmkit.spi.CrmStorage;

class PostgresCommerceReplayTest extends CommerceReplayContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.postgres();
    }
}
