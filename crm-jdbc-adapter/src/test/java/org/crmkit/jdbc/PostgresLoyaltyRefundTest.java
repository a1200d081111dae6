package org.crmkit.jdbc;

import org.crmkit.contract.LoyaltyRefundContract;
import org.crmkit.spi.CrmStorage;

class PostgresLoyaltyRefundTest extends LoyaltyRefundContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.postgres();
    }
}
