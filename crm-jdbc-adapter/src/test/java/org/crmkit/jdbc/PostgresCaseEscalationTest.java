package org.crmkit.jdbc;

import org.crmkit.contract.CaseEscalationContract;
import org.crmkit.spi.CrmStorage;

class PostgresCaseEscalationTest extends CaseEscalationContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.postgres();
    }
}
