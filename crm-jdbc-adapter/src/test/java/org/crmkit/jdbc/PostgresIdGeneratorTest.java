package org.crmkit.jdbc;

import org.crmkit.contract.IdGeneratorContract;
import org.crmkit.spi.CrmStorage;

class PostgresIdGeneratorTest extends IdGeneratorContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.postgres();
    }
}
