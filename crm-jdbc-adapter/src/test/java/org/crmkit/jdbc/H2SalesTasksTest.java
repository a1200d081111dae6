package org.crmkit.jdbc;

import org.crmkit.contract.SalesTasksContract;
import org.crmkit.spi.CrmStorage;

class H2SalesTasksTest extends SalesTasksContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.h2();
    }
}
