package org.crmkit.jdbc;

import org.crmkit.contract.StoredValueConcurrencyContract;
import org.crmkit.spi.CrmStorage;

class H2StoredValueConcurrencyTest extends StoredValueConcurrencyContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.h2();
    }
}
