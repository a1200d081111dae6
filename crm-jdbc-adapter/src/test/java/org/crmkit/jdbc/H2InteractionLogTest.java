package org.crmkit.jdbc;

import org.crmkit.contract.InteractionLogContract;
import org.crmkit.spi.CrmStorage;

class H2InteractionLogTest extends InteractionLogContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.h2();
    }
}
