package org.crmkit.jdbc;

import org.crmkit.contract.CommandValidationContract;
import org.crmkit.spi.CrmStorage;

class H2CommandValidationTest extends CommandValidationContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.h2();
    }
}
