package org.crmkit.jdbc;

import org.crmkit.contract.TierLadderChangeContract;
import org.crmkit.spi.CrmStorage;

class H2TierLadderChangeTest extends TierLadderChangeContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.h2();
    }
}
