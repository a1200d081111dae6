package org.crmkit.jdbc;

import org.crmkit.contract.TierLoyaltyIntegrationContract;
import org.crmkit.spi.CrmStorage;

class H2TierLoyaltyIntegrationTest extends TierLoyaltyIntegrationContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.h2();
    }
}
