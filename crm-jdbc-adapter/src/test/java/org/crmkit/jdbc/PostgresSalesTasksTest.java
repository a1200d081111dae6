package org.crmkit.jdbc;

import org.crmkit.contract.SalesTasksContract;
import org.crmkit.spi.CrmStorage;

class PostgresSalesTasksTest extends SalesTasksContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.postgres();
    }
}
