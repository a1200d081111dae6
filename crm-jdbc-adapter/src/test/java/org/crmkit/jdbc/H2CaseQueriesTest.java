package org.crmkit.jdbc;

import org.crmkit.contract.CaseQueriesContract;
import org.crmkit.spi.CrmStorage;

class H2CaseQueriesTest extends CaseQueriesContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.h2();
    }
}
