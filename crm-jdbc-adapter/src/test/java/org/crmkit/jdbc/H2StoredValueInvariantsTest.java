package org.crmkit.jdbc;

import org.crmkit.contract.StoredValueInvariantsContract;
import org.crmkit.spi.CrmStorage;

class H2StoredValueInvariantsTest extends StoredValueInvariantsContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.h2();
    }
}
