package org.crmkit.jdbc;

import org.crmkit.contract.LifecycleStageContract;
import org.crmkit.spi.CrmStorage;

class H2LifecycleStageTest extends LifecycleStageContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.h2();
    }
}
