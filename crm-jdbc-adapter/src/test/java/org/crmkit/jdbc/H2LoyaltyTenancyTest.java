package org.crmkit.jdbc;

import org.crmkit.contract.LoyaltyTenancyContract;
import org.crmkit.spi.CrmStorage;

class H2LoyaltyTenancyTest extends LoyaltyTenancyContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.h2();
    }
}
