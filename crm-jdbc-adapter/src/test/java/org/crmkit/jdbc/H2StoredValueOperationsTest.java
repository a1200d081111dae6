package org.crmkit.jdbc;

import org.crmkit.contract.StoredValueOperationsContract;
import org.crmkit.spi.CrmStorage;

class H2StoredValueOperationsTest extends StoredValueOperationsContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.h2();
    }
}
