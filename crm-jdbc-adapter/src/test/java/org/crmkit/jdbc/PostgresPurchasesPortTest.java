package org.crmkit.jdbc;

import org.crmkit.contract.PurchasesPortContract;
import org.crmkit.spi.CrmStorage;

class PostgresPurchasesPortTest extends PurchasesPortContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.postgres();
    }
}
