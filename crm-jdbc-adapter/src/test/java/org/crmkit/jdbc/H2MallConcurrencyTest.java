package org.crmkit.jdbc;

import org.crmkit.contract.MallConcurrencyContract;
import org.crmkit.spi.CrmStorage;

class H2MallConcurrencyTest extends MallConcurrencyContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.h2();
    }
}
