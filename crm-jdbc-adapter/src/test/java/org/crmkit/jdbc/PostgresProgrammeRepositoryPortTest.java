package org.crmkit.jdbc;

import org.crmkit.contract.ProgrammeRepositoryPortContract;
import org.crmkit.spi.CrmStorage;

class PostgresProgrammeRepositoryPortTest extends ProgrammeRepositoryPortContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.postgres();
    }
}
