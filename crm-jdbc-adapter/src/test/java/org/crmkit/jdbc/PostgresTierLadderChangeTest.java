package org.crmkit.jdbc;

import org.crmkit.contract.TierLadderChangeContract;
import org.crmkit.spi.CrmStorage;

class PostgresTierLadderChangeTest extends TierLadderChangeContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.postgres();
    }
}
