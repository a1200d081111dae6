package org.crmkit.jdbc;

import org.crmkit.contract.CaseEscalationContract;
import org.crmkit.spi.CrmStorage;

class H2CaseEscalationTest extends CaseEscalationContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.h2();
    }
}
