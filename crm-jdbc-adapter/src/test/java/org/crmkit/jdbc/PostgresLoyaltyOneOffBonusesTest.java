package org.crmkit.jdbc;

import org.crmkit.contract.LoyaltyOneOffBonusesContract;
import org.crmkit.spi.CrmStorage;

class PostgresLoyaltyOneOffBonusesTest extends LoyaltyOneOffBonusesContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.postgres();
    }
}
