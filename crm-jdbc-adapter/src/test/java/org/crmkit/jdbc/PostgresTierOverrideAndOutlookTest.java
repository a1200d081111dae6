package org.crmkit.jdbc;

import org.crmkit.contract.TierOverrideAndOutlookContract;
import org.crmkit.spi.CrmStorage;

class PostgresTierOverrideAndOutlookTest extends TierOverrideAndOutlookContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.postgres();
    }
}
