package org.crmkit.jdbc;

import org.crmkit.contract.TierLateFactsContract;
import org.crmkit.spi.CrmStorage;

class PostgresTierLateFactsTest extends TierLateFactsContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.postgres();
    }
}
