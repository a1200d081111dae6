package org.crmkit.jdbc;

import org.crmkit.contract.ErasureContract;
import org.crmkit.spi.CrmStorage;

class PostgresErasureTest extends ErasureContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.postgres();
    }
}
