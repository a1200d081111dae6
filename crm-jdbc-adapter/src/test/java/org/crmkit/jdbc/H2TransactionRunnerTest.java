package org.crmkit.jdbc;

import org.crmkit.contract.TransactionRunnerContract;
import org.crmkit.spi.CrmStorage;

class H2TransactionRunnerTest extends TransactionRunnerContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.h2();
    }
}
