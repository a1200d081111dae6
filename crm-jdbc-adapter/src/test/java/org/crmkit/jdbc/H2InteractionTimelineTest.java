package org.crmkit.jdbc;

import org.crmkit.contract.InteractionTimelineContract;
import org.crmkit.spi.CrmStorage;

class H2InteractionTimelineTest extends InteractionTimelineContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.h2();
    }
}
