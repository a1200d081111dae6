package org.crmkit.jdbc;

import org.crmkit.contract.StoredValueConcurrencyContract;
import org.crmkit.spi.CrmStorage;

class PostgresStoredValueConcurrencyTest extends StoredValueConcurrencyContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.postgres();
    }
}
