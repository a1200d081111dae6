package org.crmkit.jdbc;

import org.crmkit.contract.CaseSlaContract;
import org.crmkit.spi.CrmStorage;

class H2CaseSlaTest extends CaseSlaContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.h2();
    }
}
