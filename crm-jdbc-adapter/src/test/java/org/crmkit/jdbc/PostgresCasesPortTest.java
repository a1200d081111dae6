package org.crmkit.jdbc;

import org.crmkit.contract.CasesPortContract;
import org.crmkit.spi.CrmStorage;

class PostgresCasesPortTest extends CasesPortContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.postgres();
    }
}
