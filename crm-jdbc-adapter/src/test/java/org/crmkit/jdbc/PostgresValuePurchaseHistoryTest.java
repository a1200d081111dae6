package org.crmkit.jdbc;

import org.crmkit.contract.ValuePurchaseHistoryContract;
import org.crmkit.spi.CrmStorage;

class PostgresValuePurchaseHistoryTest extends ValuePurchaseHistoryContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.postgres();
    }
}
