package org.crmkit.jdbc;

import org.crmkit.contract.LoyaltyExpiryPoliciesContract;
import org.crmkit.spi.CrmStorage;

class H2LoyaltyExpiryPoliciesTest extends LoyaltyExpiryPoliciesContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.h2();
    }
}
