package org.crmkit.jdbc;

import org.crmkit.contract.LedgerConcurrencyContract;
import org.crmkit.spi.CrmStorage;

class H2LedgerConcurrencyTest extends LedgerConcurrencyContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.h2();
    }
}
