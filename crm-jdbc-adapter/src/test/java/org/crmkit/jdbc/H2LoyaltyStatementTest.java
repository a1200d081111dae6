package org.crmkit.jdbc;

import org.crmkit.contract.LoyaltyStatementContract;
import org.crmkit.spi.CrmStorage;

class H2LoyaltyStatementTest extends LoyaltyStatementContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.h2();
    }
}
