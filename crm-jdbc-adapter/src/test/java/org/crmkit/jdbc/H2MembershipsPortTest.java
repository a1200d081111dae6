package org.crmkit.jdbc;

import org.crmkit.contract.MembershipsPortContract;
import org.crmkit.spi.CrmStorage;

class H2MembershipsPortTest extends MembershipsPortContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.h2();
    }
}
