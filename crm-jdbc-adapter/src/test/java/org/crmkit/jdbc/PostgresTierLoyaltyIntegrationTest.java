package org.crmkit.jdbc;

import org.crmkit.contract.TierLoyaltyIntegrationContract;
import org.crmkit.spi.CrmStorage;

class PostgresTierLoyaltyIntegrationTest extends TierLoyaltyIntegrationContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.postgres();
    }
}
