package org.crmkit.jdbc;

import org.crmkit.contract.StoredValueBadInputContract;
import org.crmkit.spi.CrmStorage;

class H2StoredValueBadInputTest extends StoredValueBadInputContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.h2();
    }
}
