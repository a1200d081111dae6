package org.crmkit.jdbc;

import org.crmkit.contract.MallConcurrencyContract;
import org.crmkit.spi.CrmStorage;

class PostgresMallConcurrencyTest extends MallConcurrencyContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.postgres();
    }
}
