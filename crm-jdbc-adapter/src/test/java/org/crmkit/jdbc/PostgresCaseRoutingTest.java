package org.crmkit.jdbc;

import org.crmkit.contract.CaseRoutingContract;
import org.crmkit.spi.CrmStorage;

class PostgresCaseRoutingTest extends CaseRoutingContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.postgres();
    }
}
