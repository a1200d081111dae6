package org.crmkit.jdbc;

import org.crmkit.contract.LoyaltyBadInputContract;
import org.crmkit.spi.CrmStorage;

class H2LoyaltyBadInputTest extends LoyaltyBadInputContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.h2();
    }
}
