package org.crmkit.jdbc;

import org.crmkit.contract.LoyaltyBonusEventsContract;
import org.crmkit.spi.CrmStorage;

class PostgresLoyaltyBonusEventsTest extends LoyaltyBonusEventsContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.postgres();
    }
}
