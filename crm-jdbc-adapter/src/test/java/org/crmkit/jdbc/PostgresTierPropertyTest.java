package org.crmkit.jdbc;

import org.crmkit.contract.TierPropertyContract;
import org.crmkit.spi.CrmStorage;

class PostgresTierPropertyTest extends TierPropertyContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.postgres();
    }
}
