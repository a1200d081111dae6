package org.crmkit.jdbc;

import org.crmkit.contract.LoyaltyPurchaseEarningContract;
import org.crmkit.spi.CrmStorage;

class H2LoyaltyPurchaseEarningTest extends LoyaltyPurchaseEarningContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.h2();
    }
}
