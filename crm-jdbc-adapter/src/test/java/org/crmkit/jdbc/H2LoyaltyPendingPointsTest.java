package org.crmkit.jdbc;

import org.crmkit.contract.LoyaltyPendingPointsContract;
import org.crmkit.spi.CrmStorage;

class H2LoyaltyPendingPointsTest extends LoyaltyPendingPointsContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.h2();
    }
}
