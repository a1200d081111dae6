package org.crmkit.jdbc;

import org.crmkit.contract.TransactionRunnerContract;
import org.crmkit.spi.CrmStorage;

class PostgresTransactionRunnerTest extends TransactionRunnerContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.postgres();
    }
}
