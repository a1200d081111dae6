package org.crmkit.jdbc;

import org.crmkit.contract.CaseBadInputContract;
import org.crmkit.spi.CrmStorage;

class PostgresCaseBadInputTest extends CaseBadInputContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.postgres();
    }
}
