package org.crmkit.jdbc;

import org.crmkit.contract.LoyaltyOneOffBonusesContract;
import org.crmkit.spi.CrmStorage;

class H2LoyaltyOneOffBonusesTest extends LoyaltyOneOffBonusesContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.h2();
    }
}
