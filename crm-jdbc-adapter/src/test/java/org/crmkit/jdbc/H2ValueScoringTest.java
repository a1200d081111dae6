package org.crmkit.jdbc;

import org.crmkit.contract.ValueScoringContract;
import org.crmkit.spi.CrmStorage;

class H2ValueScoringTest extends ValueScoringContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.h2();
    }
}
