package org.crmkit.jdbc;

import org.crmkit.contract.MallBadInputContract;
import org.crmkit.spi.CrmStorage;

class PostgresMallBadInputTest extends MallBadInputContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.postgres();
    }
}
