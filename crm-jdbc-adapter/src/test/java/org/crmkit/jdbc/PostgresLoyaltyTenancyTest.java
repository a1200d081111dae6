package org.crmkit.jdbc;

import org.crmkit.contract.LoyaltyTenancyContract;
import org.crmkit.spi.CrmStorage;

class PostgresLoyaltyTenancyTest extends LoyaltyTenancyContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.postgres();
    }
}
