package org.crmkit.jdbc;

import org.crmkit.contract.ConcurrencyContract;
import org.crmkit.spi.CrmStorage;

class PostgresConcurrencyTest extends ConcurrencyContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.postgres();
    }
}
