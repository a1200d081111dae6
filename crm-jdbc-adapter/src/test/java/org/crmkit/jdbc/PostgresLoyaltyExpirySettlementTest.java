package org.crmkit.jdbc;

import org.crmkit.contract.LoyaltyExpirySettlementContract;
import org.crmkit.spi.CrmStorage;

class PostgresLoyaltyExpirySettlementTest extends LoyaltyExpirySettlementContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.postgres();
    }
}
