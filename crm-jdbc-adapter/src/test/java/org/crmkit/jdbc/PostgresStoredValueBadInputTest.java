package org.crmkit.jdbc;

import org.crmkit.contract.StoredValueBadInputContract;
import org.crmkit.spi.CrmStorage;

class PostgresStoredValueBadInputTest extends StoredValueBadInputContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.postgres();
    }
}
