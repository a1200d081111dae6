package org.crmkit.jdbc;

import org.crmkit.contract.TierBoundariesContract;
import org.crmkit.spi.CrmStorage;

class PostgresTierBoundariesTest extends TierBoundariesContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.postgres();
    }
}
