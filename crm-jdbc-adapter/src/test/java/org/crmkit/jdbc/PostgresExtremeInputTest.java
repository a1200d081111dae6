package org.crmkit.jdbc;

import org.crmkit.contract.ExtremeInputContract;
import org.crmkit.spi.CrmStorage;

class PostgresExtremeInputTest extends ExtremeInputContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.postgres();
    }
}
