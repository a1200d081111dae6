package org.crmkit.jdbc;

import org.crmkit.contract.SurveyContract;
import org.crmkit.spi.CrmStorage;

class H2SurveyTest extends SurveyContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.h2();
    }
}
