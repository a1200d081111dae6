package org.crmkit.jdbc;

import org.crmkit.contract.SurveysPortContract;
import org.crmkit.spi.CrmStorage;

class PostgresSurveysPortTest extends SurveysPortContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.postgres();
    }
}
