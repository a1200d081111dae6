package org.crmkit.jdbc;

import org.crmkit.contract.LoyaltyLookalikeIdsContract;
import org.crmkit.spi.CrmStorage;

class H2LoyaltyLookalikeIdsTest extends LoyaltyLookalikeIdsContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.h2();
    }
}
