package org.crmkit.jdbc;

import org.crmkit.contract.SalesOpportunitiesContract;
import org.crmkit.spi.CrmStorage;

class H2SalesOpportunitiesTest extends SalesOpportunitiesContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.h2();
    }
}
