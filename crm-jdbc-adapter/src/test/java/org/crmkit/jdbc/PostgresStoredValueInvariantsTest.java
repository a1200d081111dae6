package org.crmkit.jdbc;

import org.crmkit.contract.StoredValueInvariantsContract;
import org.crmkit.spi.CrmStorage;

class PostgresStoredValueInvariantsTest extends StoredValueInvariantsContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.postgres();
    }
}
