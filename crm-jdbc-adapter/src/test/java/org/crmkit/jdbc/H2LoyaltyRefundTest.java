package org.crmkit.jdbc;

import org.crmkit.contract.LoyaltyRefundContract;
import org.crmkit.spi.CrmStorage;

class H2LoyaltyRefundTest extends LoyaltyRefundContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.h2();
    }
}
