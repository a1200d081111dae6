package org.crmkit.jdbc;

import org.crmkit.contract.CommandValidationContract;
import org.crmkit.spi.CrmStorage;

class PostgresCommandValidationTest extends CommandValidationContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.postgres();
    }
}
