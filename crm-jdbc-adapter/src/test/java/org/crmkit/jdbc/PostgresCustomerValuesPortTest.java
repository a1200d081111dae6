package org.crmkit.jdbc;

import org.crmkit.contract.CustomerValuesPortContract;
import org.crmkit.spi.CrmStorage;

class PostgresCustomerValuesPortTest extends CustomerValuesPortContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.postgres();
    }
}
