package org.crmkit.jdbc;

import org.crmkit.contract.LoyaltyCheckoutHoldContract;
import org.crmkit.spi.CrmStorage;

class PostgresLoyaltyCheckoutHoldTest extends LoyaltyCheckoutHoldContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.postgres();
    }
}
