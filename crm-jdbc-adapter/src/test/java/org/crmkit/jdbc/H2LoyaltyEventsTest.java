package org.crmkit.jdbc;

import org.crmkit.contract.LoyaltyEventsContract;
import org.crmkit.spi.CrmStorage;

class H2LoyaltyEventsTest extends LoyaltyEventsContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.h2();
    }
}
