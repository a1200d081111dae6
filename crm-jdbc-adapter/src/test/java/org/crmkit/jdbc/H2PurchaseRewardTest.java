package org.crmkit.jdbc;

import org.crmkit.contract.PurchaseRewardContract;
import org.crmkit.spi.CrmStorage;

class H2PurchaseRewardTest extends PurchaseRewardContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.h2();
    }
}
