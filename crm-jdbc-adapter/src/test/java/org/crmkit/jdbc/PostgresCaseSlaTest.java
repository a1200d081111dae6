package org.crmkit.jdbc;

import org.crmkit.contract.CaseSlaContract;
import org.crmkit.spi.CrmStorage;

class PostgresCaseSlaTest extends CaseSlaContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.postgres();
    }
}
