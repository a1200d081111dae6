package org.crmkit.jdbc;

import org.crmkit.contract.TierPropertyContract;
import org.crmkit.spi.CrmStorage;

class H2TierPropertyTest extends TierPropertyContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.h2();
    }
}
