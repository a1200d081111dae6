package org.crmkit.jdbc;

import org.crmkit.contract.ValueChurnContract;
import org.crmkit.spi.CrmStorage;

class H2ValueChurnTest extends ValueChurnContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.h2();
    }
}
