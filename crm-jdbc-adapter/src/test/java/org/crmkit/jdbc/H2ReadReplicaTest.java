package org.crmkit.jdbc;

class H2ReadReplicaTest extends ReadReplicaContract {

    @Override
    protected String freshUrl() {
        return TestDatabases.freshUrl(Dialect.H2);
    }
}
