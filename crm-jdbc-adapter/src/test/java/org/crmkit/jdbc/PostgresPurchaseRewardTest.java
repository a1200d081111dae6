package org.crmkit.jdbc;

import org.crmkit.contract.PurchaseRewardContract;
import org.crmkit.spi.CrmStorage;

class PostgresPurchaseRewardTest extends PurchaseRewardContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.postgres();
    }
}
