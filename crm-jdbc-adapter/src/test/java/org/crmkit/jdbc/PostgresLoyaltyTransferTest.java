package org.crmkit.jdbc;

import org.crmkit.contract.LoyaltyTransferContract;
import org.crmkit.spi.CrmStorage;

class PostgresLoyaltyTransferTest extends LoyaltyTransferContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.postgres();
    }
}
