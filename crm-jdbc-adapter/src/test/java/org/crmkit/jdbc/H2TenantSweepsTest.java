package org.crmkit.jdbc;

import org.crmkit.contract.TenantSweepsContract;
import org.crmkit.spi.CrmStorage;

class H2TenantSweepsTest extends TenantSweepsContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.h2();
    }
}
