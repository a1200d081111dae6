package org.crmkit.jdbc;

import org.crmkit.contract.SurveyContract;
import org.crmkit.spi.CrmStorage;

class PostgresSurveyTest extends SurveyContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.postgres();
    }
}
