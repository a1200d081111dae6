package org.crmkit.jdbc;

import org.crmkit.contract.CustomerRepositoryContract;
import org.crmkit.spi.CrmStorage;

class PostgresCustomerRepositoryTest extends CustomerRepositoryContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.postgres();
    }
}
