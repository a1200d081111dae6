package org.crmkit.jdbc;

import org.crmkit.contract.ProgrammeRepositoryPortContract;
import org.crmkit.spi.CrmStorage;

class H2ProgrammeRepositoryPortTest extends ProgrammeRepositoryPortContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.h2();
    }
}
