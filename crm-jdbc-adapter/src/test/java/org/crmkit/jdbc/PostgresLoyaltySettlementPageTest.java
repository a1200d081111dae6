package org.crmkit.jdbc;

import org.crmkit.contract.LoyaltySettlementPageContract;
import org.crmkit.spi.CrmStorage;

class PostgresLoyaltySettlementPageTest extends LoyaltySettlementPageContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.postgres();
    }
}
