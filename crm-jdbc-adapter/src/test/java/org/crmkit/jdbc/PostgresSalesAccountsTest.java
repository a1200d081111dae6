package org.crmkit.jdbc;

import org.crmkit.contract.SalesAccountsContract;
import org.crmkit.spi.CrmStorage;

class PostgresSalesAccountsTest extends SalesAccountsContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.postgres();
    }
}
