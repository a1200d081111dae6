package org.crmkit.jdbc;

import org.crmkit.contract.LoyaltyGrantsAndAdjustmentsContract;
import org.crmkit.spi.CrmStorage;

class PostgresLoyaltyGrantsAndAdjustmentsTest extends LoyaltyGrantsAndAdjustmentsContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.postgres();
    }
}
