package org.crmkit.jdbc;

import org.crmkit.contract.StoredValueOperationsContract;
import org.crmkit.spi.CrmStorage;

class PostgresStoredValueOperationsTest extends StoredValueOperationsContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.postgres();
    }
}
