package org.crmkit.jdbc;

class PostgresJobLeasesTest extends JobLeasesContract {

    @Override
    protected JdbcStorage storage() {
        return TestDatabases.postgres();
    }
}
