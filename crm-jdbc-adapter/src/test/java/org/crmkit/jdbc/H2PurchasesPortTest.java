package org.crmkit.jdbc;

import org.crmkit.contract.PurchasesPortContract;
import org.crmkit.spi.CrmStorage;

class H2PurchasesPortTest extends PurchasesPortContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.h2();
    }
}
