package org.crmkit.jdbc;

import org.crmkit.contract.CaseWorkflowContract;
import org.crmkit.spi.CrmStorage;

class PostgresCaseWorkflowTest extends CaseWorkflowContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.postgres();
    }
}
