package org.crmkit.jdbc;

import org.crmkit.contract.TierPluginsContract;
import org.crmkit.spi.CrmStorage;

class PostgresTierPluginsTest extends TierPluginsContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.postgres();
    }
}
