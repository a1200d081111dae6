package org.crmkit.jdbc;

import org.crmkit.contract.MembershipsPortContract;
import org.crmkit.spi.CrmStorage;

class PostgresMembershipsPortTest extends MembershipsPortContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.postgres();
    }

    @Override
    protected boolean readsWithTheLock() {
        return true;
    }
}
