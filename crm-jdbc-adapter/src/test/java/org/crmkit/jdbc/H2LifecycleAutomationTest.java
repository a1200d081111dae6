package org.crmkit.jdbc;

import org.crmkit.contract.LifecycleAutomationContract;
import org.crmkit.spi.CrmStorage;

class H2LifecycleAutomationTest extends LifecycleAutomationContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.h2();
    }
}
