package org.crmkit.jdbc;

import org.crmkit.contract.LoyaltyExpirySettlementContract;
import org.crmkit.spi.CrmStorage;

class H2LoyaltyExpirySettlementTest extends LoyaltyExpirySettlementContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.h2();
    }
}
