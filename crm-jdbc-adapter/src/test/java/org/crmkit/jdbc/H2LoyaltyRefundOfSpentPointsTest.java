package org.crmkit.jdbc;

import org.crmkit.contract.LoyaltyRefundOfSpentPointsContract;
import org.crmkit.spi.CrmStorage;

class H2LoyaltyRefundOfSpentPointsTest extends LoyaltyRefundOfSpentPointsContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.h2();
    }
}
