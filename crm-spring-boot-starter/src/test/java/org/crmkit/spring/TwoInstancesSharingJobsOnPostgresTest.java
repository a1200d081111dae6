package org.crmkit.spring;

import java.util.Map;
import org.crmkit.jdbc.TestDatabases;

/** Two instances' jobs on one fresh database of a real PostgreSQL server. */
class TwoInstancesSharingJobsOnPostgresTest extends TwoInstancesSharingJobsScenarios {

    @Override
    protected Map<String, Object> database() {
        return Map.of("spring.datasource.url", TestDatabases.freshPostgresUrl(), "spring.datasource.username", "postgres",
                "spring.datasource.password", "postgres");
    }
}
