package org.crmkit.jdbc;

import org.crmkit.contract.CaseBadInputContract;
import org.crmkit.spi.CrmStorage;

class H2CaseBadInputTest extends CaseBadInputContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.h2();
    }
}
