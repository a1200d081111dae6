package org.crmkit.jdbc;

import org.crmkit.contract.TierBoundariesContract;
import org.crmkit.spi.CrmStorage;

class H2TierBoundariesTest extends TierBoundariesContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.h2();
    }
}
