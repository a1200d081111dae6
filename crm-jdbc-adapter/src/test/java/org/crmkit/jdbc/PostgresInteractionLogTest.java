package org.crmkit.jdbc;

import org.crmkit.contract.InteractionLogContract;
import org.crmkit.spi.CrmStorage;

class PostgresInteractionLogTest extends InteractionLogContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.postgres();
    }
}
