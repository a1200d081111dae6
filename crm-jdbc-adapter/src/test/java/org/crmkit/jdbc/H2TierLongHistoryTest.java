package org.crmkit.jdbc;

import org.crmkit.contract.TierLongHistoryContract;
import org.crmkit.spi.CrmStorage;

class H2TierLongHistoryTest extends TierLongHistoryContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.h2();
    }
}
