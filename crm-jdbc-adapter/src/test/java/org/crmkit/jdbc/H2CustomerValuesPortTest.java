package org.crmkit.jdbc;

import org.crmkit.contract.CustomerValuesPortContract;
import org.crmkit.spi.CrmStorage;

class H2CustomerValuesPortTest extends CustomerValuesPortContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.h2();
    }
}
