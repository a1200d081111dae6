package org.crmkit.jdbc;

import org.crmkit.contract.CommerceReplayContract;
import org.crmkit.spi.CrmStorage;

class H2CommerceReplayTest extends CommerceReplayContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.h2();
    }
}
