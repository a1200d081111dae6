package org.crmkit.jdbc;

import org.crmkit.contract.SalesLeadsContract;
import org.crmkit.spi.CrmStorage;

class PostgresSalesLeadsTest extends SalesLeadsContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.postgres();
    }
}
