package org.crmkit.jdbc;

/** On the embedded PostgreSQL server (also under {@code -Pcitus}: a replica is a host's PostgreSQL). */
class PostgresReadReplicaTest extends ReadReplicaContract {

    @Override
    protected String freshUrl() {
        return TestDatabases.freshUrl(Dialect.POSTGRESQL);
    }
}
