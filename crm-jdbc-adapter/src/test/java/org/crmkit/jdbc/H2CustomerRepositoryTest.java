package org.crmkit.jdbc;

import org.crmkit.contract.CustomerRepositoryContract;
import org.crmkit.spi.CrmStorage;

class H2CustomerRepositoryTest extends CustomerRepositoryContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.h2();
    }
}
