package org.crmkit.jdbc;

import org.crmkit.contract.LoyaltyRefundOfSpentPointsContract;
import org.crmkit.spi.CrmStorage;

class PostgresLoyaltyRefundOfSpentPointsTest extends LoyaltyRefundOfSpentPointsContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.postgres();
    }
}
