package org.crmkit.jdbc;

import org.crmkit.contract.SalesLeadsContract;
import org.crmkit.spi.CrmStorage;

class H2SalesLeadsTest extends SalesLeadsContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.h2();
    }
}
