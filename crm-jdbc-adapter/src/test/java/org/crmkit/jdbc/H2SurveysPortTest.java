package org.crmkit.jdbc;

import org.crmkit.contract.SurveysPortContract;
import org.crmkit.spi.CrmStorage;

class H2SurveysPortTest extends SurveysPortContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.h2();
    }
}
