package org.crmkit.jdbc;

import org.crmkit.contract.SalesAccountsContract;
import org.crmkit.spi.CrmStorage;

class H2SalesAccountsTest extends SalesAccountsContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.h2();
    }
}
