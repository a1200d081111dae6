package org.crmkit.jdbc;

import org.crmkit.contract.ValueChurnContract;
import org.crmkit.spi.CrmStorage;

class PostgresValueChurnTest extends ValueChurnContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.postgres();
    }
}
