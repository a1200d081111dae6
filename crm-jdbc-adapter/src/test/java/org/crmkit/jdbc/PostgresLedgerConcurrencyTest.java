package org.crmkit.jdbc;

import org.crmkit.contract.LedgerConcurrencyContract;
import org.crmkit.spi.CrmStorage;

class PostgresLedgerConcurrencyTest extends LedgerConcurrencyContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.postgres();
    }
}
