package org.crmkit.jdbc;

import org.crmkit.contract.MallBadInputContract;
import org.crmkit.spi.CrmStorage;

class H2MallBadInputTest extends MallBadInputContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.h2();
    }
}
