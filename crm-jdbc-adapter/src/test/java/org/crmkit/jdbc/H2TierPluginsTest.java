package org.crmkit.jdbc;

import org.crmkit.contract.TierPluginsContract;
import org.crmkit.spi.CrmStorage;

class H2TierPluginsTest extends TierPluginsContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.h2();
    }
}
