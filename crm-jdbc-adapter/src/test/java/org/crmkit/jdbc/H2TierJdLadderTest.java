package org.crmkit.jdbc;

import org.crmkit.contract.TierJdLadderContract;
import org.crmkit.spi.CrmStorage;

class H2TierJdLadderTest extends TierJdLadderContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.h2();
    }
}
