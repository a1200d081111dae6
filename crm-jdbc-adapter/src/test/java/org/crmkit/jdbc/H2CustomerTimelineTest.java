package org.crmkit.jdbc;

import org.crmkit.contract.CustomerTimelineContract;
import org.crmkit.spi.CrmStorage;

class H2CustomerTimelineTest extends CustomerTimelineContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.h2();
    }
}
