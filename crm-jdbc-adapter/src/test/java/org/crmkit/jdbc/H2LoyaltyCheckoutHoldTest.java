package org.crmkit.jdbc;

import org.crmkit.contract.LoyaltyCheckoutHoldContract;
import org.crmkit.spi.CrmStorage;

class H2LoyaltyCheckoutHoldTest extends LoyaltyCheckoutHoldContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.h2();
    }
}
