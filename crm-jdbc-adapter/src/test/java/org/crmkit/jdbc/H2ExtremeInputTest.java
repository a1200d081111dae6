package org.crmkit.jdbc;

import org.crmkit.contract.ExtremeInputContract;
import org.crmkit.spi.CrmStorage;

class H2ExtremeInputTest extends ExtremeInputContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.h2();
    }
}
