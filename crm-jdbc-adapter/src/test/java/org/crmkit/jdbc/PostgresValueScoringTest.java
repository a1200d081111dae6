package org.crmkit.jdbc;

import org.crmkit.contract.ValueScoringContract;
import org.crmkit.spi.CrmStorage;

class PostgresValueScoringTest extends ValueScoringContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.postgres();
    }
}
