package org.crmkit.jdbc;

import org.crmkit.contract.JourneyContract;
import org.crmkit.spi.CrmStorage;

class PostgresJourneyTest extends JourneyContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.postgres();
    }
}
