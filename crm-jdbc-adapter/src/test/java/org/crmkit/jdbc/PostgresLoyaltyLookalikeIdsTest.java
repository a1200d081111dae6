package org.crmkit.jdbc;

import org.crmkit.contract.LoyaltyLookalikeIdsContract;
import org.crmkit.spi.CrmStorage;

class PostgresLoyaltyLookalikeIdsTest extends LoyaltyLookalikeIdsContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.postgres();
    }
}
