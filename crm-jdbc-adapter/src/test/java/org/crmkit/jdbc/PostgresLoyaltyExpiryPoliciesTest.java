package org.crmkit.jdbc;

import org.crmkit.contract.LoyaltyExpiryPoliciesContract;
import org.crmkit.spi.CrmStorage;

class PostgresLoyaltyExpiryPoliciesTest extends LoyaltyExpiryPoliciesContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.postgres();
    }
}
