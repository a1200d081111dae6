package org.crmkit.jdbc;

import org.crmkit.contract.TenantSweepsContract;
import org.crmkit.spi.CrmStorage;

class PostgresTenantSweepsTest extends TenantSweepsContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.postgres();
    }
}
