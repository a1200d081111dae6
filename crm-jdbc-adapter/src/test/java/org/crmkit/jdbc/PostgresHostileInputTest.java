package org.crmkit.jdbc;

import org.crmkit.contract.HostileInputContract;
import org.crmkit.spi.CrmStorage;

class PostgresHostileInputTest extends HostileInputContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.postgres();
    }
}
