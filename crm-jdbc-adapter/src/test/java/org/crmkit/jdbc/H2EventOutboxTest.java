package org.crmkit.jdbc;

import org.crmkit.contract.EventOutboxContract;
import org.crmkit.spi.CrmStorage;

class H2EventOutboxTest extends EventOutboxContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.h2();
    }
}
