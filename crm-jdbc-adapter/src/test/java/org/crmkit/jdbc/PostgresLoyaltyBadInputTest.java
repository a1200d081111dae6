package org.crmkit.jdbc;

import org.crmkit.contract.LoyaltyBadInputContract;
import org.crmkit.spi.CrmStorage;

class PostgresLoyaltyBadInputTest extends LoyaltyBadInputContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.postgres();
    }
}
