package org.crmkit.jdbc;

import org.crmkit.contract.ReviewContract;
import org.crmkit.spi.CrmStorage;

class H2ReviewTest extends ReviewContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.h2();
    }
}
