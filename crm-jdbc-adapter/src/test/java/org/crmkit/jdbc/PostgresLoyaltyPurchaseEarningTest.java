package org.crmkit.jdbc;

import org.crmkit.contract.LoyaltyPurchaseEarningContract;
import org.crmkit.spi.CrmStorage;

class PostgresLoyaltyPurchaseEarningTest extends LoyaltyPurchaseEarningContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.postgres();
    }
}
