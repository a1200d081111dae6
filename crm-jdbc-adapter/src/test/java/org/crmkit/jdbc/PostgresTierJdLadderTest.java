package org.crmkit.jdbc;

import org.crmkit.contract.TierJdLadderContract;
import org.crmkit.spi.CrmStorage;

class PostgresTierJdLadderTest extends TierJdLadderContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.postgres();
    }
}
