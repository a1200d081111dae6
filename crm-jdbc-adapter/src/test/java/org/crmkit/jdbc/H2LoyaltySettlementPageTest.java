package org.crmkit.jdbc;

import org.crmkit.contract.LoyaltySettlementPageContract;
import org.crmkit.spi.CrmStorage;

class H2LoyaltySettlementPageTest extends LoyaltySettlementPageContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.h2();
    }
}
