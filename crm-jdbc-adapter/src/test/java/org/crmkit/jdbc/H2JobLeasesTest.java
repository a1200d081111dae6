package org.crmkit.jdbc;

class H2JobLeasesTest extends JobLeasesContract {

    @Override
    protected JdbcStorage storage() {
        return TestDatabases.h2();
    }
}
