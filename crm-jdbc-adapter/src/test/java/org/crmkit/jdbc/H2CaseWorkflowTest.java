package org.crmkit.jdbc;

import org.crmkit.contract.CaseWorkflowContract;
import org.crmkit.spi.CrmStorage;

class H2CaseWorkflowTest extends CaseWorkflowContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.h2();
    }
}
