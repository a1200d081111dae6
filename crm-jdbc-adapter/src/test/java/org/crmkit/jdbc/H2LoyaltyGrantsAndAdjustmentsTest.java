package org.crmkit.jdbc;

import org.crmkit.contract.LoyaltyGrantsAndAdjustmentsContract;
import org.crmkit.spi.CrmStorage;

class H2LoyaltyGrantsAndAdjustmentsTest extends LoyaltyGrantsAndAdjustmentsContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.h2();
    }
}
