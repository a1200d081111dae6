package org.crmkit.jdbc;

import org.crmkit.contract.CommandMatrixContract;
import org.crmkit.spi.CrmStorage;

class H2CommandMatrixTest extends CommandMatrixContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.h2();
    }
}
