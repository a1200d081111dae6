package org.crmkit.jdbc;

import org.crmkit.contract.TenancyContract;
import org.crmkit.spi.CrmStorage;

class H2TenancyTest extends TenancyContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.h2();
    }
}
