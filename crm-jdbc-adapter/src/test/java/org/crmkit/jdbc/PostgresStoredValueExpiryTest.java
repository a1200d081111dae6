package org.crmkit.jdbc;

import org.crmkit.contract.StoredValueExpiryContract;
import org.crmkit.spi.CrmStorage;

class PostgresStoredValueExpiryTest extends StoredValueExpiryContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.postgres();
    }
}
