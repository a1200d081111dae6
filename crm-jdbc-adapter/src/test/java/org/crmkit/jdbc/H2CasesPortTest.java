package org.crmkit.jdbc;

import org.crmkit.contract.CasesPortContract;
import org.crmkit.spi.CrmStorage;

class H2CasesPortTest extends CasesPortContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.h2();
    }
}
