package org.crmkit.jdbc;

import org.crmkit.contract.TierMetricsContract;
import org.crmkit.spi.CrmStorage;

class PostgresTierMetricsTest extends TierMetricsContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.postgres();
    }
}
