package org.crmkit.jdbc;

import org.crmkit.contract.CommandMatrixContract;
import org.crmkit.spi.CrmStorage;

class PostgresCommandMatrixTest extends CommandMatrixContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.postgres();
    }
}
