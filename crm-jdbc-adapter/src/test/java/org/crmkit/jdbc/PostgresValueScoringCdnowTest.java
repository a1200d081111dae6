package org.crmkit.jdbc;

import org.crmkit.contract.ValueScoringCdnowContract;
import org.crmkit.spi.CrmStorage;

class PostgresValueScoringCdnowTest extends ValueScoringCdnowContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.postgres();
    }
}
