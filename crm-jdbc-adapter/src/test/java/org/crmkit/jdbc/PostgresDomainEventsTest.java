package org.crmkit.jdbc;

import org.crmkit.contract.DomainEventsContract;
import org.crmkit.spi.CrmStorage;

class PostgresDomainEventsTest extends DomainEventsContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.postgres();
    }
}
