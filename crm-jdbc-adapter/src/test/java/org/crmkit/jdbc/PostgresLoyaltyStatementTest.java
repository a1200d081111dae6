package org.crmkit.jdbc;

import org.crmkit.contract.LoyaltyStatementContract;
import org.crmkit.spi.CrmStorage;

class PostgresLoyaltyStatementTest extends LoyaltyStatementContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.postgres();
    }
}
