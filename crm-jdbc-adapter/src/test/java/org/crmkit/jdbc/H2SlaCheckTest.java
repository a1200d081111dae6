package org.crmkit.jdbc;

import org.crmkit.contract.SlaCheckContract;
import org.crmkit.spi.CrmStorage;

class H2SlaCheckTest extends SlaCheckContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.h2();
    }
}
