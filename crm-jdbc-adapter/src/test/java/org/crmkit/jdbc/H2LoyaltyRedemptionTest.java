package org.crmkit.jdbc;

import org.crmkit.contract.LoyaltyRedemptionContract;
import org.crmkit.spi.CrmStorage;

class H2LoyaltyRedemptionTest extends LoyaltyRedemptionContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.h2();
    }
}
