package org.crmkit.jdbc;

import org.crmkit.contract.LedgerInvariantsContract;
import org.crmkit.spi.CrmStorage;

class PostgresLedgerInvariantsTest extends LedgerInvariantsContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.postgres();
    }

    /** Two sequences per policy (3,000 steps) keep the run well under a minute. */
    @Override
    protected int runsPerPolicy() {
        return 2;
    }
}
