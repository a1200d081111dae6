package org.crmkit.jdbc;

import org.crmkit.contract.ConcurrencyContract;
import org.crmkit.spi.CrmStorage;

class H2ConcurrencyTest extends ConcurrencyContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.h2();
    }
}
