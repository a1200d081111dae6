package org.crmkit.jdbc;

import org.crmkit.contract.CustomerTimelineContract;
import org.crmkit.spi.CrmStorage;

class PostgresCustomerTimelineTest extends CustomerTimelineContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.postgres();
    }
}
