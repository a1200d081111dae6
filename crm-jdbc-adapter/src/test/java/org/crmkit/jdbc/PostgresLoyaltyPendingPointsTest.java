package org.crmkit.jdbc;

import org.crmkit.contract.LoyaltyPendingPointsContract;
import org.crmkit.spi.CrmStorage;

class PostgresLoyaltyPendingPointsTest extends LoyaltyPendingPointsContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.postgres();
    }
}
