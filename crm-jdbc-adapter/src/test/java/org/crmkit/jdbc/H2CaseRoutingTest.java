package org.crmkit.jdbc;

import org.crmkit.contract.CaseRoutingContract;
import org.crmkit.spi.CrmStorage;

class H2CaseRoutingTest extends CaseRoutingContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.h2();
    }
}
