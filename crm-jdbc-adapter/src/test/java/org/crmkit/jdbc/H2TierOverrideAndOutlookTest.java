package org.crmkit.jdbc;

import org.crmkit.contract.TierOverrideAndOutlookContract;
import org.crmkit.spi.CrmStorage;

class H2TierOverrideAndOutlookTest extends TierOverrideAndOutlookContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.h2();
    }
}
