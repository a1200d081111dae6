package org.crmkit.jdbc;

import org.crmkit.contract.TierGrowthEarningContract;
import org.crmkit.spi.CrmStorage;

class PostgresTierGrowthEarningTest extends TierGrowthEarningContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.postgres();
    }
}
