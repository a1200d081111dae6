package org.crmkit.jdbc;

import org.crmkit.contract.TierConcurrencyContract;
import org.crmkit.spi.CrmStorage;

class PostgresTierConcurrencyTest extends TierConcurrencyContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.postgres();
    }
}
