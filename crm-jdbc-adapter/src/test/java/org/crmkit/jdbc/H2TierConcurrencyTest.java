package org.crmkit.jdbc;

import org.crmkit.contract.TierConcurrencyContract;
import org.crmkit.spi.CrmStorage;

class H2TierConcurrencyTest extends TierConcurrencyContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.h2();
    }
}
