package org.crmkit.jdbc;

import org.crmkit.contract.EventOutboxContract;
import org.crmkit.spi.CrmStorage;

class PostgresEventOutboxTest extends EventOutboxContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.postgres();
    }
}
