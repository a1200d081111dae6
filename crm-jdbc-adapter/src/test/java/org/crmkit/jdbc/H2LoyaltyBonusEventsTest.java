package org.crmkit.jdbc;

import org.crmkit.contract.LoyaltyBonusEventsContract;
import org.crmkit.spi.CrmStorage;

class H2LoyaltyBonusEventsTest extends LoyaltyBonusEventsContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.h2();
    }
}
