package org.crmkit.jdbc;

import org.crmkit.contract.LedgerInvariantsContract;
import org.crmkit.spi.CrmStorage;

class H2LedgerInvariantsTest extends LedgerInvariantsContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.h2();
    }
}
