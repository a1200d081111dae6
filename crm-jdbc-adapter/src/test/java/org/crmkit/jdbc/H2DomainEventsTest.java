package org.crmkit.jdbc;

import org.crmkit.contract.DomainEventsContract;
import org.crmkit.spi.CrmStorage;

class H2DomainEventsTest extends DomainEventsContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.h2();
    }
}
