package org.crmkit.jdbc;

import org.crmkit.contract.TimelinePortContract;
import org.crmkit.spi.CrmStorage;

class H2TimelinePortTest extends TimelinePortContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.h2();
    }
}
