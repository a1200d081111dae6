package org.crmkit.jdbc;

import org.crmkit.contract.TierLateFactsContract;
import org.crmkit.spi.CrmStorage;

class H2TierLateFactsTest extends TierLateFactsContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.h2();
    }
}
