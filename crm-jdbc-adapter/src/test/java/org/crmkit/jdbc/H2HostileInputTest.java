package org.crmkit.jdbc;

import org.crmkit.contract.HostileInputContract;
import org.crmkit.spi.CrmStorage;

class H2HostileInputTest extends HostileInputContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.h2();
    }
}
