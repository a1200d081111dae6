package org.crmkit.jdbc;

import org.crmkit.contract.LoyaltyTransferContract;
import org.crmkit.spi.CrmStorage;

class H2LoyaltyTransferTest extends LoyaltyTransferContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.h2();
    }
}
