package org.crmkit.jdbc;

import org.crmkit.contract.CaseQueriesContract;
import org.crmkit.spi.CrmStorage;

class PostgresCaseQueriesTest extends CaseQueriesContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.postgres();
    }
}
