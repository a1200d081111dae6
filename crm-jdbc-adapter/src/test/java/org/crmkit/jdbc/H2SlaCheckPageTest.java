package org.crmkit.jdbc;

import org.crmkit.contract.SlaCheckPageContract;
import org.crmkit.spi.CrmStorage;

class H2SlaCheckPageTest extends SlaCheckPageContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.h2();
    }
}
