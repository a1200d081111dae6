package org.crmkit.jdbc;

import org.crmkit.contract.TierBadInputContract;
import org.crmkit.spi.CrmStorage;

class H2TierBadInputTest extends TierBadInputContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.h2();
    }
}
