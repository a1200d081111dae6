package org.crmkit.spring;

import java.util.Map;
import org.crmkit.jdbc.TestDatabases;

/** Two instances' jobs on one fresh in-memory H2 database. */
class TwoInstancesSharingJobsOnH2Test extends TwoInstancesSharingJobsScenarios {

    @Override
    protected Map<String, Object> database() {
        return Map.of("spring.datasource.url", TestDatabases.freshH2Url());
    }
}
