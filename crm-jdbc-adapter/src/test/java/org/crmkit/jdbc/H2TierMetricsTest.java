package org.crmkit.jdbc;

import org.crmkit.contract.TierMetricsContract;
import org.crmkit.spi.CrmStorage;

class H2TierMetricsTest extends TierMetricsContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.h2();
    }
}
