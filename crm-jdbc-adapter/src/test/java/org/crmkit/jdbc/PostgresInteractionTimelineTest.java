package org.crmkit.jdbc;

import org.crmkit.contract.InteractionTimelineContract;
import org.crmkit.spi.CrmStorage;

class PostgresInteractionTimelineTest extends InteractionTimelineContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.postgres();
    }
}
