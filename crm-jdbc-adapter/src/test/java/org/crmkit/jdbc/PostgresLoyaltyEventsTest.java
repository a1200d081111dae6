package org.crmkit.jdbc;

import org.crmkit.contract.LoyaltyEventsContract;
import org.crmkit.spi.CrmStorage;

class PostgresLoyaltyEventsTest extends LoyaltyEventsContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.postgres();
    }
}
