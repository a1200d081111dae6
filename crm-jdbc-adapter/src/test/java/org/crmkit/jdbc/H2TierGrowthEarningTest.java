package org.crmkit.jdbc;

import org.crmkit.contract.TierGrowthEarningContract;
import org.crmkit.spi.CrmStorage;

class H2TierGrowthEarningTest extends TierGrowthEarningContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.h2();
    }
}
