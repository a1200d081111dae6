package org.crmkit.jdbc;

import org.crmkit.contract.CustomerServiceContract;
import org.crmkit.spi.CrmStorage;

class H2CustomerServiceTest extends CustomerServiceContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.h2();
    }
}
