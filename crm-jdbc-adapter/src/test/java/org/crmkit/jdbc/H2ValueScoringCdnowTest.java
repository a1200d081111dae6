package org.crmkit.jdbc;

import org.crmkit.contract.ValueScoringCdnowContract;
import org.crmkit.spi.CrmStorage;

class H2ValueScoringCdnowTest extends ValueScoringCdnowContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.h2();
    }
}
