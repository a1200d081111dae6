package org.crmkit.jdbc;

import org.crmkit.contract.JourneyContract;
import org.crmkit.spi.CrmStorage;

class H2JourneyTest extends JourneyContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.h2();
    }
}
