package org.crmkit.jdbc;

import org.crmkit.contract.ChurnReasonContract;
import org.crmkit.spi.CrmStorage;

class PostgresChurnReasonTest extends ChurnReasonContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.postgres();
    }
}
