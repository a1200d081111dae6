package org.crmkit.jdbc;

import org.crmkit.contract.ValuePurchaseHistoryContract;
import org.crmkit.spi.CrmStorage;

class H2ValuePurchaseHistoryTest extends ValuePurchaseHistoryContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.h2();
    }
}
