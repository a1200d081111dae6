package org.crmkit.jdbc;

import org.crmkit.contract.StoredValueExpiryContract;
import org.crmkit.spi.CrmStorage;

class H2StoredValueExpiryTest extends StoredValueExpiryContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.h2();
    }
}
