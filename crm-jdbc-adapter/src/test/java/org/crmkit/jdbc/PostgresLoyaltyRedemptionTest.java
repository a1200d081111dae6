package org.crmkit.jdbc;

import org.crmkit.contract.LoyaltyRedemptionContract;
import org.crmkit.spi.CrmStorage;

class PostgresLoyaltyRedemptionTest extends LoyaltyRedemptionContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.postgres();
    }
}
