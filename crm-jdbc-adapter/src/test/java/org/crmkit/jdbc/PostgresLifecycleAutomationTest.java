package org.crmkit.jdbc;

import org.crmkit.contract.LifecycleAutomationContract;
import org.crmkit.spi.CrmStorage;

class PostgresLifecycleAutomationTest extends LifecycleAutomationContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.postgres();
    }
}
