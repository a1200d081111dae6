package org.crmkit.jdbc;

import org.crmkit.contract.ChurnReasonContract;
import org.crmkit.spi.CrmStorage;

class H2ChurnReasonTest extends ChurnReasonContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.h2();
    }
}
