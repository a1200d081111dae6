package org.crmkit.jdbc;

import org.crmkit.contract.TierBadInputContract;
import org.crmkit.spi.CrmStorage;

class PostgresTierBadInputTest extends TierBadInputContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.postgres();
    }
}
