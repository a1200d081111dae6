package org.crmkit.jdbc;

import org.crmkit.contract.LifecycleStageContract;
import org.crmkit.spi.CrmStorage;

class PostgresLifecycleStageTest extends LifecycleStageContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.postgres();
    }
}
