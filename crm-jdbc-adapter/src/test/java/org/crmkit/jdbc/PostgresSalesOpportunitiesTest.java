package org.crmkit.jdbc;

import org.crmkit.contract.SalesOpportunitiesContract;
import org.crmkit.spi.CrmStorage;

class PostgresSalesOpportunitiesTest extends SalesOpportunitiesContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.postgres();
    }
}
