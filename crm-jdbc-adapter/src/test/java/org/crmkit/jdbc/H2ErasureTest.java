package org.crmkit.jdbc;

import org.crmkit.contract.ErasureContract;
import org.crmkit.spi.CrmStorage;

class H2ErasureTest extends ErasureContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.h2();
    }
}
