package org.crmkit.jdbc;

import org.crmkit.contract.CustomerServiceContract;
import org.crmkit.spi.CrmStorage;

class PostgresCustomerServiceTest extends CustomerServiceContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.postgres();
    }
}
