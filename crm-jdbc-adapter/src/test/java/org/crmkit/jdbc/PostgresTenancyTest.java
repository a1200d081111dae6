package org.crmkit.jdbc;

import org.crmkit.contract.TenancyContract;
import org.crmkit.spi.CrmStorage;

class PostgresTenancyTest extends TenancyContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.postgres();
    }
}
